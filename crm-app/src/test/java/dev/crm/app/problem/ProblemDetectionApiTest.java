package dev.crm.app.problem;

import static dev.crm.app.problem.ProblemFixtures.about;
import static dev.crm.app.problem.ProblemFixtures.assess;
import static dev.crm.app.problem.ProblemFixtures.complain;
import static dev.crm.app.problem.ProblemFixtures.complaint;
import static dev.crm.app.problem.ProblemFixtures.complaintOf;
import static dev.crm.app.problem.ProblemFixtures.registerAccepted;
import static dev.crm.app.problem.ProblemFixtures.text;
import static dev.crm.app.problem.ProblemFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.api.Grade;
import dev.crm.complaint.application.ProblemDetectionPass;
import dev.crm.complaint.application.SlaPolicies;
import dev.crm.complaint.domain.Complaint;
import dev.crm.complaint.domain.problem.ProblemOrigin;
import dev.crm.complaint.domain.problem.ProblemRecord;
import dev.crm.core.api.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Repeat and batch complaints found end to end: complaints registered and assessed over HTTP open
 * problem records and carry {@code repeatOf} and {@code problemId}; detection racing itself opens one
 * record per subject.
 */
class ProblemDetectionApiTest extends ApiIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ProblemDetectionPass detectionPass;

    @Autowired
    SlaPolicies slaPolicies;

    @Test
    void aSecondComplaintOfTheSameCustomerAndTypeIsARepeatAndBothGoOnOneRepeatRecord() {
        ApiClient agent = asNewStaff(Role.AGENT);
        String contact = unique("repeat") + "@example.com";
        Instant now = Instant.now();
        String first = complain(agent, complaint(contact, now.minus(Duration.ofDays(40))), "SERVICE")
                .body().get("number").asString();
        ApiResponse otherType = complain(agent, complaint(contact, now.minus(Duration.ofDays(20))), "PRICE");
        assertThat(text(otherType, "repeatOf")).isNull();

        ApiResponse second = complain(agent, complaint(contact.toUpperCase(), now), "SERVICE");

        assertThat(text(second, "repeatOf")).isEqualTo(first);
        String problem = text(second, "problemId");
        assertThat(problem).startsWith("P-");
        assertThat(second.header("ETag")).as("the answer is the complaint as detection left it")
                .isEqualTo(complaintOf(agent, text(second, "number")).header("ETag"));
        assertThat(text(complaintOf(agent, first), "problemId")).isEqualTo(problem);
        assertThat(text(otherType, "problemId")).isNull();
        ApiResponse record = agent.get("/api/v1/problems/" + problem);
        assertThat(record.status()).isEqualTo(200);
        assertThat(text(record, "origin")).isEqualTo("REPEAT");
        assertThat(record.body().at("/scope/type").asString()).isEqualTo("SERVICE");
        assertThat(record.body().at("/scope/customerKey").asString()).isEqualTo("contact:" + contact);
        assertThat(linked(record)).containsExactlyInAnyOrder(first, text(second, "number"));
    }

    @Test
    void complaintsFurtherApartThanTheRepeatWindowAreNoRepeat() {
        ApiClient agent = asNewStaff(Role.AGENT);
        String contact = unique("+86139");
        Instant now = Instant.now();
        complain(agent, complaint(contact, now.minus(Duration.ofDays(91))), "SERVICE");

        ApiResponse later = complain(agent, complaint(contact, now), "SERVICE");

        assertThat(text(later, "repeatOf")).isNull();
        assertThat(text(later, "problemId")).isNull();
    }

    @Test
    void whenTheEarlierComplaintIsAssessedLastTheLaterOneStillBecomesItsRepeat() {
        ApiClient agent = asNewStaff(Role.AGENT);
        String contact = unique("order") + "@example.com";
        Instant now = Instant.now();
        String earlier = registerAccepted(agent, complaint(contact, now.minus(Duration.ofDays(5))));
        String later = registerAccepted(agent, complaint(contact, now));
        assertThat(text(assess(agent, later, "SYSTEM"), "repeatOf")).isNull();

        ApiResponse assessedEarlier = assess(agent, earlier, "SYSTEM");

        assertThat(text(assessedEarlier, "repeatOf")).isNull();
        ApiResponse laterNow = complaintOf(agent, later);
        assertThat(text(laterNow, "repeatOf")).isEqualTo(earlier);
        assertThat(text(laterNow, "problemId")).isNotNull().isEqualTo(text(assessedEarlier, "problemId"));
    }

    @Test
    void fiveCustomersWithTheSameProductAndTypeWithinAWeekOpenABatchRecordThatLaterOnesJoin() {
        ApiClient agent = asNewStaff(Role.AGENT);
        String product = unique("KETTLE");
        Instant now = Instant.now();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ApiResponse assessed = complain(agent, about(complaint(unique("c") + "@example.com",
                    now.minus(Duration.ofDays(6 - i))), product), "PRODUCT_QUALITY");
            assertThat(text(assessed, "problemId")).as("%d customers are no batch", i + 1).isNull();
            numbers.add(assessed.body().get("number").asString());
        }
        ApiResponse otherType = complain(agent, about(complaint(unique("c") + "@example.com", now), product),
                "PRICE");
        assertThat(text(otherType, "problemId")).isNull();

        ApiResponse fifth = complain(agent, about(complaint(unique("c") + "@example.com", now), product.toLowerCase()),
                "PRODUCT_QUALITY");
        numbers.add(fifth.body().get("number").asString());

        String problem = text(fifth, "problemId");
        assertThat(problem).isNotNull();
        for (String number : numbers) {
            assertThat(text(complaintOf(agent, number), "problemId")).as("problem of %s", number).isEqualTo(problem);
        }
        ApiResponse sixth = complain(agent, about(complaint(unique("c") + "@example.com", now), product),
                "PRODUCT_QUALITY");
        assertThat(text(sixth, "problemId")).isEqualTo(problem);
        ApiResponse record = agent.get("/api/v1/problems/" + problem);
        assertThat(text(record, "origin")).isEqualTo("BATCH");
        assertThat(record.body().at("/scope/productReference").asString()).isEqualToIgnoringCase(product);
        assertThat(linked(record)).hasSize(6).doesNotContain(text(otherType, "number"));
        assertThat(record.body().get("complaints").get(0).get("reason").asString()).isEqualTo("BATCH");
    }

    @Test
    void assessmentsOfABatchRacingEachOtherOpenOneRecord() throws Exception {
        ApiClient agent = asNewStaff(Role.AGENT);
        String product = unique("FRIDGE");
        Instant now = Instant.now();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            numbers.add(registerAccepted(agent, about(complaint(unique("r") + "@example.com", now), product)));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ApiResponse>> assessments = new ArrayList<>();
        for (String number : numbers) {
            assessments.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return agent.post("/api/v1/complaints/" + number + "/assess",
                        Map.of("grade", "LEVEL_1", "type", "PRODUCT_QUALITY"));
            }));
        }
        start.countDown();
        for (CompletableFuture<ApiResponse> assessment : assessments) {
            assertThat(assessment.get().status()).isEqualTo(200);
        }
        // A racing examination may leave a complaint to the sweep; the sweep finishes what is left.
        detectionPass.run(Instant.now());

        assertThat(recordsAbout(product)).hasSize(1);
        String problem = recordsAbout(product).get(0).getString("number");
        for (String number : numbers) {
            assertThat(text(complaintOf(agent, number), "problemId")).as("problem of %s", number).isEqualTo(problem);
        }
        assertThat(linked(agent.get("/api/v1/problems/" + problem))).containsExactlyInAnyOrderElementsOf(numbers);
    }

    @Test
    void twoDetectionPassesRacingOverTheSameComplaintsOpenOneRecordAndLinkEachComplaintOnce() throws Exception {
        ApiClient agent = asNewStaff(Role.AGENT);
        String product = unique("TOASTER");
        Instant now = Instant.now();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            numbers.add(registerAccepted(agent, about(complaint(unique("p") + "@example.com",
                    now.minus(Duration.ofHours(i))), product)));
        }
        // Assessed without the immediate examination (as if the node crashed right after saving):
        // every complaint is left with its detection to-do for the sweep.
        for (String number : numbers) {
            Complaint complaint = mongo.findOne(Query.query(where("number").is(number)), Complaint.class);
            complaint.assess(Grade.LEVEL_2, ComplaintType.PRODUCT_QUALITY, null, "tester", now,
                    slaPolicies.settings(null));
            mongo.save(complaint);
        }
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Integer> nodeA = CompletableFuture.supplyAsync(() -> sweep(start));
        CompletableFuture<Integer> nodeB = CompletableFuture.supplyAsync(() -> sweep(start));
        start.countDown();
        assertThat(nodeA.get() + nodeB.get()).isGreaterThanOrEqualTo(numbers.size());

        List<Document> records = recordsAbout(product);
        assertThat(records).hasSize(1);
        String problem = records.get(0).getString("number");
        List<String> linked = new ArrayList<>();
        records.get(0).getList("complaints", Document.class).forEach(c -> linked.add(c.getString("number")));
        assertThat(linked).containsExactlyInAnyOrderElementsOf(numbers);
        for (String number : numbers) {
            Document stored = mongo.findOne(Query.query(where("number").is(number)), Document.class, "complaints");
            assertThat(stored.getString("problemId")).as("problem of %s", number).isEqualTo(problem);
            assertThat(stored.get("problemCheckDue")).as("to-do of %s", number).isNull();
        }
    }

    @Test
    void theStoreRefusesASecondOpenRecordForTheSameDetectionKey() {
        String key = "BATCH|PRODUCT_QUALITY|ref:" + unique("lamp");
        mongo.insert(ProblemRecord.open(unique("P-TEST"), ProblemOrigin.BATCH, "first", null, null, key, "test",
                Instant.now()));

        assertThatThrownBy(() -> mongo.insert(ProblemRecord.open(unique("P-TEST"), ProblemOrigin.BATCH, "second",
                null, null, key, "test", Instant.now()))).isInstanceOf(DuplicateKeyException.class);
        assertThat(mongo.count(Query.query(where("detectionKey").is(key)), ProblemRecord.class)).isEqualTo(1);
    }

    @Test
    void staffLinkAndUnlinkComplaintsByHandAndDetectionRespectsAnUnlink() {
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        ApiClient agent = asNewStaff(Role.AGENT);
        ApiClient analyst = asNewStaff(Role.ANALYST);
        String contact = unique("manual") + "@example.com";
        Instant now = Instant.now();
        String first = complain(agent, complaint(contact, now.minus(Duration.ofDays(3))), "COMMUNICATION")
                .body().get("number").asString();
        ApiResponse opened = supervisor.post("/api/v1/problems", Map.of("title", "Hold music loops forever"));
        assertThat(opened.status()).isEqualTo(201);
        String manual = text(opened, "number");

        ApiResponse linked = agent.post("/api/v1/problems/" + manual + "/complaints", Map.of("number", first,
                "note", "Same call centre issue"));
        assertThat(linked.status()).isEqualTo(200);
        assertThat(linked(linked)).containsExactly(first);
        assertThat(text(complaintOf(agent, first), "problemId")).isEqualTo(manual);
        assertThat(agent.post("/api/v1/problems/" + manual + "/complaints", Map.of("number", first)).status())
                .as("linking again changes nothing").isEqualTo(200);
        assertThat(analyst.post("/api/v1/problems/" + manual + "/complaints", Map.of("number", first)).status())
                .isEqualTo(403);
        ApiResponse unknown = agent.post("/api/v1/problems/" + manual + "/complaints", Map.of("number", "C-1999-9"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().at("/errors/0/field").asString()).isEqualTo("number");

        // A repeat of a complaint already on a record is marked, but no repeat record opens for it
        // alone: staff decide where it belongs.
        ApiResponse repeat = complain(agent, complaint(contact, now), "COMMUNICATION");
        assertThat(text(repeat, "repeatOf")).isEqualTo(first);
        String repeatNumber = text(repeat, "number");
        assertThat(text(repeat, "problemId")).isNull();
        assertThat(agent.post("/api/v1/problems/" + manual + "/complaints", Map.of("number", repeatNumber))
                .status()).isEqualTo(200);

        ApiResponse otherRecord = supervisor.post("/api/v1/problems", Map.of("title", "Another problem"));
        ApiResponse taken = agent.post("/api/v1/problems/" + text(otherRecord, "number") + "/complaints",
                Map.of("number", first));
        assertThat(taken.status()).isEqualTo(422);
        assertThat(taken.body().at("/errors/0/field").asString()).isEqualTo("number");

        ApiResponse unlinked = agent.delete("/api/v1/problems/" + manual + "/complaints/" + first
                + "?reason=Different%20fault");
        assertThat(unlinked.status()).isEqualTo(200);
        assertThat(linked(unlinked)).containsExactly(repeatNumber);
        assertThat(text(complaintOf(agent, first), "problemId")).isNull();
        assertThat(unlinked.body().get("complaints").toString()).contains("Different fault");
        assertThat(agent.delete("/api/v1/problems/" + manual + "/complaints/" + first).status()).isEqualTo(422);
    }

    private List<String> linked(ApiResponse record) {
        List<String> numbers = new ArrayList<>();
        record.body().get("complaints").values().forEach(c -> {
            if (c.get("linked").asBoolean()) {
                numbers.add(c.get("number").asString());
            }
        });
        return numbers;
    }

    private List<Document> recordsAbout(String product) {
        return mongo.find(Query.query(where("scope.productReference").regex("^" + product + "$", "i")),
                Document.class, "problem_records");
    }

    private int sweep(CountDownLatch start) {
        await(start);
        return detectionPass.run(Instant.now());
    }

    private static void await(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
