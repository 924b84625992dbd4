package dev.crm.app.complaint;

import static dev.crm.app.complaint.ComplaintRequests.path;
import static dev.crm.app.complaint.SurveyRequests.answer;
import static dev.crm.app.complaint.SurveyRequests.customerOnEmail;
import static dev.crm.app.complaint.SurveyRequests.latestToken;
import static dev.crm.app.complaint.SurveyRequests.registerFor;
import static dev.crm.app.complaint.SurveyRequests.resolve;
import static dev.crm.app.complaint.SurveyRequests.surveyPath;
import static dev.crm.app.complaint.SurveyRequests.surveysOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.complaint.application.RetentionPass;
import dev.crm.complaint.domain.Complaint;
import dev.crm.complaint.persistence.ComplaintRepository;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.AuditRecord;
import dev.crm.core.api.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The archive register (gap-free numbers, chronological, purpose-bound and audited access) and
 * retention (expired records anonymised, statistics kept).
 */
class ArchiveRetentionApiTest extends ApiIntegrationTest {

    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @Autowired
    RetentionPass retentionPass;

    @Autowired
    ComplaintRepository complaints;

    @Autowired
    AuditLog auditLog;

    @Test
    void archivedComplaintsGetConsecutiveRegisterNumbersAndARefusedArchiveTakesNone() {
        ApiClient agent = asNewStaff(Role.AGENT);
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        String first = closed(agent);
        String open = ComplaintRequests.register(agent);
        String second = closed(agent);

        ApiResponse archivedFirst = supervisor.post(path(first, "archive"), Map.of());
        ApiResponse refused = supervisor.post(path(open, "archive"), Map.of());
        ApiResponse archivedSecond = supervisor.post(path(second, "archive"), Map.of());

        assertThat(refused.status()).isEqualTo(409);
        String a = archivedFirst.body().get("archiveNumber").asString();
        String b = archivedSecond.body().get("archiveNumber").asString();
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        assertThat(a).matches("A-" + year + "-\\d{6}");
        assertThat(sequence(b)).isEqualTo(sequence(a) + 1);
        assertThat(archivedFirst.body().get("archivedAt").isNull()).isFalse();
        assertThat(archivedFirst.header("ETag")).isEqualTo("\"" + archivedFirst.body().get("version").asLong() + "\"");
        assertThat(archivedFirst.rawBody()).contains("filed in the archive as " + a + " (PRODUCT_QUALITY / LEVEL_2)");
    }

    @Test
    void readingAnArchivedComplaintNeedsAnArchiveReaderAndAPurposeAndIsAudited() {
        ApiClient agent = asNewStaff(Role.AGENT);
        ApiClient analyst = asNewStaff(Role.ANALYST);
        String number = closed(agent);
        asNewStaff(Role.SUPERVISOR).post(path(number, "archive"), Map.of());

        ApiResponse byAgent = agent.get("/api/v1/complaints/" + number + "?purpose=AUDIT");
        ApiResponse noPurpose = analyst.get("/api/v1/complaints/" + number);
        ApiResponse badPurpose = analyst.get("/api/v1/complaints/" + number + "?purpose=CURIOSITY");
        ApiResponse timelineNoPurpose = analyst.get("/api/v1/complaints/" + number + "/timeline");
        ApiResponse read = analyst.get("/api/v1/complaints/" + number + "?purpose=SATISFACTION_ANALYSIS");
        ApiResponse timeline = analyst.get("/api/v1/complaints/" + number + "/timeline?purpose=AUDIT");

        assertThat(byAgent.status()).isEqualTo(403);
        assertThat(SurveyRequests.fieldsOf(noPurpose.body())).containsExactly("purpose");
        assertThat(SurveyRequests.fieldsOf(badPurpose.body())).containsExactly("purpose");
        assertThat(SurveyRequests.fieldsOf(timelineNoPurpose.body())).containsExactly("purpose");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("state").asString()).isEqualTo("ARCHIVED");
        assertThat(timeline.status()).isEqualTo(200);
        String analystName = analyst.get("/api/v1/me").body().get("username").asString();
        List<AuditRecord> reads = auditLog.historyOf("Complaint", number).stream()
                .filter(entry -> entry.action().equals("archive.read")).toList();
        assertThat(reads).extracting(entry -> entry.details().get("purpose"))
                .containsExactly("SATISFACTION_ANALYSIS", "AUDIT");
        assertThat(reads).allSatisfy(entry -> assertThat(entry.actor()).isEqualTo(analystName));
        // Not archived yet: no purpose needed, and nothing written to the audit log for reading.
        String closedOnly = closed(agent);
        assertThat(agent.get("/api/v1/complaints/" + closedOnly).status()).isEqualTo(200);
        assertThat(auditLog.historyOf("Complaint", closedOnly)).noneMatch(e -> e.action().equals("archive.read"));
    }

    @Test
    void theRegisterListsArchivedComplaintsChronologicallyForAStatedPurpose() {
        ApiClient agent = asNewStaff(Role.AGENT);
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        String first = closed(agent);
        String second = closed(agent);
        supervisor.post(path(first, "archive"), Map.of());
        supervisor.post(path(second, "archive"), Map.of());
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        ApiResponse register = supervisor.get("/api/v1/archive?from=" + today + "&to=" + today
                + "&type=PRODUCT_QUALITY&purpose=PROCESS_IMPROVEMENT&size=200");
        ApiResponse otherType = supervisor.get("/api/v1/archive?type=PRICE&purpose=AUDIT&size=200");
        ApiResponse noPurpose = supervisor.get("/api/v1/archive");
        ApiResponse byAgent = agent.get("/api/v1/archive?purpose=AUDIT");
        ApiResponse backwards = supervisor.get("/api/v1/archive?from=2026-02-01&to=2026-01-01&purpose=AUDIT");

        assertThat(register.status()).as("%s", register).isEqualTo(200);
        List<String> numbers = new ArrayList<>();
        List<Instant> archivedAt = new ArrayList<>();
        register.body().get("items").values().forEach(entry -> {
            numbers.add(entry.get("complaintNumber").asString());
            archivedAt.add(Instant.parse(entry.get("archivedAt").asString()));
            assertThat(entry.get("archiveNumber").asString()).startsWith("A-");
            assertThat(entry.get("type").asString()).isEqualTo("PRODUCT_QUALITY");
        });
        assertThat(numbers).containsSubsequence(first, second);
        assertThat(archivedAt).isSorted();
        assertThat(numbersIn(otherType)).doesNotContain(first, second);
        assertThat(SurveyRequests.fieldsOf(noPurpose.body())).containsExactly("purpose");
        assertThat(byAgent.status()).isEqualTo(403);
        assertThat(SurveyRequests.fieldsOf(backwards.body())).containsExactly("to");
        assertThat(auditLog.historyOf("ComplaintArchive", "register")).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("archive.searched");
            assertThat(entry.details()).containsEntry("purpose", "PROCESS_IMPROVEMENT").containsEntry("type",
                    "PRODUCT_QUALITY");
        });
        // The everyday search no longer shows archived complaints.
        ApiResponse search = supervisor.get("/api/v1/complaints?text=kettle&size=200");
        assertThat(numbersIn(search)).doesNotContain(first, second);
        assertThat(SurveyRequests.fieldsOf(supervisor.get("/api/v1/complaints?state=ARCHIVED").body()))
                .containsExactly("state");
    }

    @Test
    void expiredServiceRecordsAreAnonymisedWithTheirStatisticsKeptAndArchivesLast() {
        ApiClient agent = asNewStaff(Role.AGENT);
        String[] customer = customerOnEmail(agent);
        String serviceRecord = registerFor(agent, customer[0]);
        resolve(agent, serviceRecord);
        assertThat(anonymous().post(surveyPath(latestToken(mongo, serviceRecord)), answer(5, 9, "Thanks, Wang Fang"))
                .status()).isEqualTo(200);
        String archived = closed(agent);
        asNewStaff(Role.SUPERVISOR).post(path(archived, "archive"), Map.of());
        String open = ComplaintRequests.register(agent);
        // Stored instants keep milliseconds.
        Instant threeYearsOn = ZonedDateTime.now(ZoneOffset.UTC).plusYears(3).plusDays(1).toInstant()
                .truncatedTo(ChronoUnit.MILLIS);
        Instant fiveYearsOn = ZonedDateTime.now(ZoneOffset.UTC).plusYears(5).plusDays(1).toInstant()
                .truncatedTo(ChronoUnit.MILLIS);

        retentionPass.run(ZonedDateTime.now(ZoneOffset.UTC).plusYears(3).minusDays(1).toInstant());
        assertThat(complaints.findByNumber(serviceRecord).orElseThrow().getAnonymisedAt()).as("not yet").isNull();
        retentionPass.run(threeYearsOn);

        Complaint anonymised = complaints.findByNumber(serviceRecord).orElseThrow();
        assertThat(anonymised.getAnonymisedAt()).isEqualTo(threeYearsOn);
        assertThat(anonymised.getCustomerId()).isNull();
        assertThat(anonymised.getContactHint()).isNull();
        assertThat(anonymised.getDescription()).isEqualTo("[anonymised]");
        assertThat(anonymised.getChannel().name()).isEqualTo("PHONE");
        assertThat(anonymised.getType().name()).isEqualTo("PRODUCT_QUALITY");
        assertThat(anonymised.getGrade().name()).isEqualTo("LEVEL_2");
        assertThat(anonymised.getAssignment().department()).isEqualTo("after-sales");
        assertThat(anonymised.getSurveyScores()).singleElement().satisfies(s -> assertThat(s.csat()).isEqualTo(5));
        Document survey = surveysOf(mongo, serviceRecord).get(0);
        assertThat(survey.containsKey("customerId")).isFalse();
        assertThat(survey.containsKey("comment")).isFalse();
        assertThat(survey.getInteger("csat")).isEqualTo(5);
        assertThat(survey.getString("channel")).isEqualTo("PHONE");
        assertThat(auditLog.historyOf("Complaint", serviceRecord)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("complaint.anonymised");
            assertThat(entry.details()).containsEntry("recordClass", "SERVICE_RECORD")
                    .containsEntry("retention", "P3Y");
        });
        assertThat(asAdmin().get("/api/v1/customers/" + customer[0] + "/360").rawBody())
                .doesNotContain(serviceRecord);
        assertThat(complaints.findByNumber(archived).orElseThrow().getAnonymisedAt()).as("archives: 5 years").isNull();
        assertThat(complaints.findByNumber(open).orElseThrow().getAnonymisedAt()).isNull();

        retentionPass.run(fiveYearsOn);

        Complaint oldArchive = complaints.findByNumber(archived).orElseThrow();
        assertThat(oldArchive.getAnonymisedAt()).isEqualTo(fiveYearsOn);
        assertThat(oldArchive.getArchiveNumber()).startsWith("A-");
        assertThat(oldArchive.getMessages()).allSatisfy(m -> assertThat(m.text()).isEqualTo("[anonymised]"));
        assertThat(complaints.findByNumber(open).orElseThrow().getAnonymisedAt()).as("open: never").isNull();
        ApiResponse register = asNewStaff(Role.ANALYST).get("/api/v1/archive?purpose=AUDIT&size=200&from="
                + LocalDate.now(ZoneOffset.UTC));
        assertThat(register.body().get("items").values()).anySatisfy(entry -> {
            assertThat(entry.get("complaintNumber").asString()).isEqualTo(archived);
            assertThat(entry.get("anonymised").asBoolean()).isTrue();
        });
    }

    @Test
    void anArchivedComplaintThatWasNeverFiledIsFiledByTheRetentionPass() {
        String number = closed(asNewStaff(Role.AGENT));
        // As if the node died between archiving and filing.
        Complaint complaint = complaints.findByNumber(number).orElseThrow();
        complaint.archive("zhang.min", Instant.now().minusSeconds(600));
        complaints.save(complaint);

        retentionPass.run(Instant.now());

        Complaint filed = complaints.findByNumber(number).orElseThrow();
        assertThat(filed.getArchiveNumber()).matches("A-\\d{4}-\\d{6}");
        assertThat(auditLog.historyOf("Complaint", number)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("complaint.filed");
            assertThat(entry.actor()).isEqualTo("system");
        });
    }

    /** A phone complaint taken to CLOSED with a staff-recorded outcome; its return visit is cancelled. */
    private static String closed(ApiClient agent) {
        String number = ComplaintRequests.register(agent);
        resolve(agent, number);
        agent.post(path(number, "follow-up"), Map.of());
        ApiResponse closed = agent.post(path(number, "close"), Map.of("result", "SATISFIED", "attempts", 1));
        assertThat(closed.status()).as("closing: %s", closed).isEqualTo(200);
        return number;
    }

    private static int sequence(String archiveNumber) {
        return Integer.parseInt(archiveNumber.substring(archiveNumber.lastIndexOf('-') + 1));
    }

    private static List<String> numbersIn(ApiResponse page) {
        List<String> numbers = new ArrayList<>();
        page.body().get("items").values().forEach(entry -> numbers.add(entry.has("complaintNumber")
                ? entry.get("complaintNumber").asString() : entry.get("number").asString()));
        return numbers;
    }
}
