package dev.crm.app.training;

import static dev.crm.app.training.TrainingFixtures.course;
import static dev.crm.app.training.TrainingFixtures.created;
import static dev.crm.app.training.TrainingFixtures.fields;
import static dev.crm.app.training.TrainingFixtures.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.complaint.api.ComplaintFindings;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.AuditRecord;
import dev.crm.core.api.Role;
import dev.crm.training.application.CertificatePass;
import dev.crm.training.application.RemedialTrainingPass;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/**
 * Training that happens on its own: a complaint substantiated against a staff member enrols them in
 * the remedial course of the complaint's type, once; an expiring certificate reminds its holder
 * through the outbox, once per window, and opens a re-certification enrolment.
 */
class TriggeredTrainingTest extends ApiIntegrationTest {

    @Autowired
    RemedialTrainingPass remedialPass;

    @Autowired
    CertificatePass certificatePass;

    @Autowired
    ComplaintFindings findingsFeed;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AuditLog auditLog;

    private final String suffix = TrainingFixtures.suffix();

    @Test
    void aSubstantiatedComplaintEnrolsTheStaffMemberInTheRemedialCourseOnce() {
        ApiClient hr = asNewStaff(Role.HR);
        ApiClient agent = asNewStaff(Role.AGENT);
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        created(hr.post("/api/v1/training/courses", course("FIX-" + suffix, "CASE_ANALYSIS")));
        assertThat(hr.put("/api/v1/training/remedial-courses/INFORMATION_ERROR", Map.of("courseCode", "FIX-" + suffix,
                "dueWithinDays", 14)).status()).isEqualTo(200);
        String number = assessedComplaint(agent, "INFORMATION_ERROR");
        String findings = "/api/v1/complaints/" + number + "/findings";

        ApiResponse recorded = supervisor.post(findings, finding(username(agent), true, "Quoted the wrong tariff"));
        ApiResponse again = supervisor.post(findings, finding(username(agent), true, "Confirmed on review"));
        Instant later = Instant.now().plus(Duration.ofMinutes(5));
        int first = remedialPass.run(later);
        int second = remedialPass.run(later.plusSeconds(60));

        assertThat(recorded.status()).isEqualTo(201);
        assertThat(again.body().get("seq").asInt()).isEqualTo(2);
        assertThat(first).isGreaterThanOrEqualTo(1);
        assertThat(second).isZero();
        JsonNode enrolments = agent.get("/api/v1/training/enrolments").body().get("items");
        assertThat(enrolments.size()).isEqualTo(1);
        JsonNode remedial = enrolments.get(0);
        assertThat(remedial.get("courseCode").asString()).isEqualTo("FIX-" + suffix);
        assertThat(remedial.get("reason").asString()).isEqualTo("REMEDIAL");
        assertThat(remedial.get("triggerKey").asString()).isEqualTo("complaint:" + number + ":" + username(agent));
        assertThat(remedial.get("dueDate").asString())
                .isEqualTo(LocalDate.ofInstant(later, ZoneOffset.UTC).plusDays(14).toString());
        assertThat(mongo.count(Query.query(where("triggerKey").is("complaint:" + number + ":" + username(agent))),
                "training_enrolments")).isEqualTo(1);
        assertThat(supervisor.get(findings).body().size()).isEqualTo(2);
        assertThat(auditLog.historyOf("Complaint", number)).extracting(AuditRecord::action)
                .containsSubsequence("complaint.finding-recorded", "complaint.finding-recorded");
    }

    @Test
    void aSecondComplaintAgainstTheSamePersonJoinsTheOpenRemedialEnrolment() {
        ApiClient hr = asNewStaff(Role.HR);
        ApiClient agent = asNewStaff(Role.AGENT);
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        created(hr.post("/api/v1/training/courses", course("FIX2-" + suffix, "ONLINE")));
        hr.put("/api/v1/training/remedial-courses/PRICE", Map.of("courseCode", "FIX2-" + suffix, "dueWithinDays", 30));
        String one = assessedComplaint(agent, "PRICE");
        String two = assessedComplaint(agent, "PRICE");
        supervisor.post("/api/v1/complaints/" + one + "/findings", finding(username(agent), true, "Overcharged"));
        supervisor.post("/api/v1/complaints/" + two + "/findings", finding(username(agent), true, "Overcharged again"));
        String cleared = assessedComplaint(agent, "PRICE");
        supervisor.post("/api/v1/complaints/" + cleared + "/findings", finding(username(agent), false, "Not at fault"));

        remedialPass.run(Instant.now().plus(Duration.ofMinutes(5)));
        remedialPass.run(Instant.now().plus(Duration.ofMinutes(6)));

        JsonNode enrolments = agent.get("/api/v1/training/enrolments").body().get("items");
        assertThat(enrolments.size()).isEqualTo(1);
        assertThat(enrolments.get(0).get("alsoTriggeredBy").values()).extracting(JsonNode::asString)
                .containsExactly("complaint:" + two + ":" + username(agent));
    }

    @Test
    void findingsAreRecordedBySupervisorsAboutStaffWithGrounds() {
        ApiClient agent = asNewStaff(Role.AGENT);
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        String number = assessedComplaint(agent, "SERVICE");
        String findings = "/api/v1/complaints/" + number + "/findings";
        String fresh = registered(agent);

        ApiResponse byAgent = agent.post(findings, finding(username(agent), true, "self-report"));
        ApiResponse unknownStaff = supervisor.post(findings, finding("ghost-" + suffix.toLowerCase(), true, "why"));
        ApiResponse noNote = supervisor.post(findings, finding(username(agent), true, " "));
        Map<String, Object> noVerdict = finding(username(agent), true, "why");
        noVerdict.remove("substantiated");
        ApiResponse missingVerdict = supervisor.post(findings, noVerdict);
        ApiResponse unclassified = supervisor.post("/api/v1/complaints/" + fresh + "/findings",
                finding(username(agent), true, "too early"));

        assertThat(byAgent.status()).isEqualTo(403);
        assertThat(unknownStaff.status()).isEqualTo(422);
        assertThat(fields(unknownStaff)).containsExactly("staff");
        assertThat(noNote.status()).isEqualTo(422);
        assertThat(fields(noNote)).containsExactly("note");
        assertThat(missingVerdict.status()).isEqualTo(400);
        assertThat(fields(missingVerdict)).containsExactly("substantiated");
        assertThat(unclassified.status()).isEqualTo(409);
        assertThat(supervisor.get(findings).body().size()).isZero();
        assertThat(supervisor.post("/api/v1/complaints/C-1999-999999/findings",
                finding(username(agent), true, "x")).status()).isEqualTo(404);
    }

    @Test
    void theFindingsFeedIsReadAfterACursorInAStableOrderAndStaysBehindTheWriters() {
        ApiClient agent = asNewStaff(Role.AGENT);
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        String number = assessedComplaint(agent, "COMMUNICATION");
        supervisor.post("/api/v1/complaints/" + number + "/findings", finding(username(agent), true, "first"));
        supervisor.post("/api/v1/complaints/" + number + "/findings", finding(username(agent), false, "second"));
        Instant settled = Instant.now().plusSeconds(1);

        List<String> all = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 10_000; page++) {
            ComplaintFindings.FindingPage next = findingsFeed.after(cursor, settled, 1);
            if (next.findings().isEmpty()) {
                break;
            }
            next.findings().forEach(f -> all.add(f.complaintNumber() + "#" + f.seq()));
            cursor = next.nextCursor();
        }

        assertThat(all).containsSubsequence(number + "#1", number + "#2").doesNotHaveDuplicates();
        assertThat(findingsFeed.after(cursor, settled, 10).findings()).isEmpty();
        assertThat(findingsFeed.after(null, Instant.now().minus(1, ChronoUnit.DAYS), 500).findings()
                .stream().noneMatch(f -> f.complaintNumber().equals(number))).isTrue();
    }

    @Test
    void anExpiringCertificateRemindsOncePerWindowAndOpensARecertificationEnrolment() {
        ApiClient hr = asNewStaff(Role.HR);
        ApiClient agent = asNewStaff(Role.AGENT);
        Map<String, Object> certifying = course("REC-" + suffix, "ONLINE");
        certifying.put("certificateValidMonths", 12);
        created(hr.post("/api/v1/training/courses", certifying));
        String enrolment = created(hr.post("/api/v1/training/enrolments", Map.of("staff", username(agent),
                "courseCode", "REC-" + suffix, "dueDate", LocalDate.now(ZoneOffset.UTC).plusDays(7).toString())))
                .body().get("id").asString();
        String certificateId = hr.post("/api/v1/training/enrolments/" + enrolment + "/complete", Map.of())
                .body().get("certificateId").asString();
        Instant validUntil = Instant.parse(agent.get("/api/v1/training/certificates/" + certificateId).body()
                .get("validUntil").asString());

        int early = certificatePass.run(validUntil.minus(Duration.ofDays(31)));
        int monthBefore = certificatePass.run(validUntil.minus(Duration.ofDays(29)));
        int repeated = certificatePass.run(validUntil.minus(Duration.ofDays(28)));
        int weekBefore = certificatePass.run(validUntil.minus(Duration.ofDays(6)));

        assertThat(early).isZero();
        assertThat(monthBefore).isGreaterThanOrEqualTo(1);
        assertThat(repeated).isZero();
        assertThat(weekBefore).isGreaterThanOrEqualTo(1);
        List<Document> reminders = mongo.find(Query.query(where("relatedRecordId").is(certificateId)),
                Document.class, "outbound_messages");
        assertThat(reminders).extracting(d -> d.getString("dedupeKey")).containsExactlyInAnyOrder(
                "certificate:" + certificateId + ":reminder:PT720H", "certificate:" + certificateId + ":reminder:PT168H");
        assertThat(reminders).allSatisfy(d -> {
            assertThat(d.getString("channel")).isEqualTo("staff");
            assertThat(d.getString("recipient")).isEqualTo(username(agent));
        });
        JsonNode certificate = agent.get("/api/v1/training/certificates/" + certificateId).body();
        String renewal = certificate.get("renewalEnrolmentId").asString();
        JsonNode recertification = agent.get("/api/v1/training/enrolments/" + renewal).body();
        assertThat(recertification.get("reason").asString()).isEqualTo("RECERTIFICATION");
        assertThat(recertification.get("status").asString()).isEqualTo("ENROLLED");
        assertThat(mongo.count(Query.query(where("triggerKey").is("recertification:" + certificateId)),
                "training_enrolments")).isEqualTo(1);

        String renewedId = hr.post("/api/v1/training/enrolments/" + renewal + "/complete", Map.of()).body()
                .get("certificateId").asString();
        JsonNode old = agent.get("/api/v1/training/certificates/" + certificateId).body();
        assertThat(old.get("renewedBy").asString()).isEqualTo(renewedId);
    }

    @Test
    void theRemedialMappingIsHrsToChange() {
        ApiClient hr = asNewStaff(Role.HR);
        assertThat(fields(hr.put("/api/v1/training/remedial-courses/SYSTEM", Map.of("courseCode", "NOPE-" + suffix,
                "dueWithinDays", 10)))).containsExactly("courseCode");
        assertThat(fields(hr.put("/api/v1/training/remedial-courses/SYSTEM", Map.of("courseCode", "X-" + suffix,
                "dueWithinDays", 0)))).containsExactly("dueWithinDays");
        assertThat(hr.put("/api/v1/training/remedial-courses/WEATHER", Map.of("courseCode", "X-" + suffix,
                "dueWithinDays", 10)).status()).isEqualTo(400);
        assertThat(asNewStaff(Role.SUPERVISOR).put("/api/v1/training/remedial-courses/SYSTEM",
                Map.of("courseCode", "X-" + suffix, "dueWithinDays", 10)).status()).isEqualTo(403);
        assertThat(asNewStaff(Role.SUPERVISOR).get("/api/v1/training/remedial-courses").status()).isEqualTo(200);
    }

    private String assessedComplaint(ApiClient agent, String type) {
        String number = registered(agent);
        assertThat(agent.post("/api/v1/complaints/" + number + "/accept", Map.of()).status()).isEqualTo(200);
        assertThat(agent.post("/api/v1/complaints/" + number + "/assess", Map.of("grade", "LEVEL_2", "type", type))
                .status()).isEqualTo(200);
        return number;
    }

    private static String registered(ApiClient agent) {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "PHONE");
        body.put("contactHint", "+8613800000000");
        body.put("description", "The agent quoted a wrong tariff");
        body.put("customerDemand", "Correct the bill");
        body.put("occurredAt", Instant.now().minus(1, ChronoUnit.DAYS).toString());
        body.put("impactScope", "SINGLE_CUSTOMER");
        return created(agent.post("/api/v1/complaints", body)).body().get("number").asString();
    }

    private static Map<String, Object> finding(String staff, boolean substantiated, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("staff", staff);
        body.put("substantiated", substantiated);
        body.put("note", note);
        return body;
    }
}
