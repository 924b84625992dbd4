package dev.crm.app.complaint;

import static dev.crm.app.complaint.SurveyRequests.answer;
import static dev.crm.app.complaint.SurveyRequests.customerOnEmail;
import static dev.crm.app.complaint.SurveyRequests.registerFor;
import static dev.crm.app.complaint.SurveyRequests.resolve;
import static dev.crm.app.complaint.SurveyRequests.surveyPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.complaint.api.SurveyKind;
import dev.crm.complaint.application.RetentionPass;
import dev.crm.complaint.application.SurveyPass;
import dev.crm.complaint.domain.Survey;
import dev.crm.complaint.domain.SurveyToken;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.Role;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.ToIntFunction;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Several app nodes on one database: links signed by any node verify on every node (the key is
 * stored once), and two passes racing over the same due work do it once.
 */
class SurveyNodesTest extends ApiIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    SurveyPass surveyPass;

    @Autowired
    RetentionPass retentionPass;

    @Autowired
    AuditLog auditLog;

    @Test
    void aLinkIssuedByAnotherNodeIsAcceptedBecauseEveryNodeUsesTheStoredKey() {
        Document stored = mongo.findById("survey-token-key", Document.class, "complaint_secrets");
        byte[] key = Base64.getDecoder().decode(stored.getString("key"));
        String token = SurveyToken.issue(key, new SecureRandom());
        Instant now = Instant.now();
        // What the other node stored when it sent the link.
        mongo.insert(Survey.toCustomer(SurveyKind.POST_CRISIS, "crisis:test:" + token.substring(0, 12), "cust-x",
                "How well did we handle the outage?", null, "email", SurveyToken.lookupHash(token, key), now,
                now.plus(Duration.ofDays(14))));

        assertThat(anonymous().get(surveyPath(token)).body().get("kind").asString()).isEqualTo("POST_CRISIS");
        assertThat(anonymous().post(surveyPath(token), answer(3, null, null)).status()).isEqualTo(200);
        assertThat(mongo.count(new Query(), "complaint_secrets")).isEqualTo(1);
    }

    @Test
    void twoSurveyPassesAtOnceExpireEachSurveyOnce() throws Exception {
        ApiClient agent = asNewStaff(Role.AGENT);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String number = registerFor(agent, customerOnEmail(agent)[0]);
            resolve(agent, number);
            numbers.add(number);
        }
        Instant later = Instant.now().plus(Duration.ofDays(15));
        long due = mongo.count(Query.query(where("status").in("PENDING", "SENT").and("expiresAt").lte(later)),
                "surveys");

        int expired = race(pass -> surveyPass.run(later).expired());

        assertThat(expired).as("each due survey expired by exactly one of the passes").isEqualTo((int) due);
        for (String number : numbers) {
            assertThat(mongo.findOne(Query.query(where("complaintNumber").is(number)), Document.class, "surveys")
                    .getString("status")).isEqualTo("EXPIRED");
            assertThat(mongo.count(Query.query(where("dedupeKey").regex("^survey-expired:").and("relatedRecordId")
                    .is(number)), "outbound_messages")).isEqualTo(1);
        }
    }

    @Test
    void twoRetentionPassesAtOnceAnonymiseEachComplaintOnce() throws Exception {
        ApiClient agent = asNewStaff(Role.AGENT);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String number = ComplaintRequests.register(agent);
            resolve(agent, number);
            agent.post(ComplaintRequests.path(number, "follow-up"), java.util.Map.of());
            agent.post(ComplaintRequests.path(number, "close"), java.util.Map.of("result", "SATISFIED",
                    "attempts", 1));
            numbers.add(number);
        }
        Instant later = ZonedDateTime.now(ZoneOffset.UTC).plusYears(3).plusDays(2).toInstant();

        race(pass -> retentionPass.run(later).anonymised());

        for (String number : numbers) {
            assertThat(auditLog.historyOf("Complaint", number))
                    .filteredOn(e -> e.action().equals("complaint.anonymised"))
                    .as("anonymisations of %s", number).hasSize(1);
            Document complaint = mongo.findOne(Query.query(where("number").is(number)), Document.class, "complaints");
            assertThat(complaint.getString("description")).isEqualTo("[anonymised]");
        }
        assertThat(mongo.count(Query.query(where("_id").regex("^retention:")), "complaint_leases"))
                .as("leases released").isZero();
    }

    /** Two "nodes" start together and each repeats its pass until it finds nothing left. */
    private static int race(ToIntFunction<Void> pass) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> repeat(start, pass));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> repeat(start, pass));
        start.countDown();
        return a.get() + b.get();
    }

    private static int repeat(CountDownLatch start, ToIntFunction<Void> pass) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        int total = 0;
        int done;
        do {
            done = pass.applyAsInt(null);
            total += done;
        } while (done > 0);
        return total;
    }
}
