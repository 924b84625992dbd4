package dev.crm.app.problem;

import static dev.crm.app.problem.ProblemFixtures.text;
import static dev.crm.app.problem.ProblemFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.complaint.application.Crises;
import dev.crm.complaint.application.CrisisWatch;
import dev.crm.complaint.application.PostCrisisSurveyRequest;
import dev.crm.core.api.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Crises end to end: declaring (on a problem record or directly), the 3-minute first-communication
 * rule and its watch, playbooks and their checklists, the recovery stages to the post-mortem and
 * the post-crisis survey request, and drills.
 */
class CrisisApiTest extends ApiIntegrationTest {

    @Autowired
    CrisisWatch watch;

    @Autowired
    Crises crises;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aCrisisDeclaredDirectlyOpensItsProblemRecordAndTellsTheCommittee() {
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        Instant detected = Instant.now().minus(Duration.ofSeconds(30));

        ApiResponse declared = supervisor.post("/api/v1/crises", declaration("Kettle handles melting", detected));

        assertThat(declared.status()).as("%s", declared).isEqualTo(201);
        assertThat(text(declared, "number")).startsWith("CR-");
        assertThat(text(declared, "level")).isEqualTo("CRITICAL");
        assertThat(text(declared, "stage")).isEqualTo("REPAIR");
        assertThat(text(declared, "firstCommunicationTarget")).isEqualTo("PT3M");
        assertThat(declared.body().get("firstCommunicationWithinTarget").isNull()).isTrue();
        String problem = text(declared, "problemId");
        ApiResponse record = supervisor.get("/api/v1/problems/" + problem);
        assertThat(text(record, "origin")).isEqualTo("CRISIS");
        assertThat(text(record, "crisis")).isEqualTo(text(declared, "number"));
        assertThat(outbox("crisis:" + text(declared, "number") + ":declared"))
                .extracting(m -> m.getString("recipient")).containsExactly("tier:hq-service-quality-committee");
    }

    @Test
    void aCrisisEscalatesAProblemRecordOnceAndNamesABadProblem() {
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        String problem = text(supervisor.post("/api/v1/problems", Map.of("title", "Outage in the app")), "number");
        Map<String, Object> body = declaration("App down nationwide", Instant.now());
        body.put("problemId", problem);
        body.put("type", "SERVICE");

        ApiResponse declared = supervisor.post("/api/v1/crises", body);
        assertThat(declared.status()).isEqualTo(201);
        assertThat(text(declared, "problemId")).isEqualTo(problem);
        ApiResponse twice = supervisor.post("/api/v1/crises", body);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body().at("/errors/0/field").asString()).isEqualTo("problemId");

        body.put("problemId", "P-1999-000404");
        body.remove("detectedAt");
        ApiResponse bad = supervisor.post("/api/v1/crises", body);
        assertThat(bad.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        bad.body().get("errors").values().forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("detectedAt", "problemId");
    }

    @Test
    void theFirstCommunicationIsMeasuredAgainstThreeMinutesFromDetection() {
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        String inTime = text(supervisor.post("/api/v1/crises", declaration("Billing wrong", Instant.now())), "number");
        String late = text(supervisor.post("/api/v1/crises", declaration("Billing wrong again",
                Instant.now().minus(Duration.ofMinutes(10)))), "number");

        ApiResponse quick = communicate(supervisor, inTime);
        ApiResponse slow = communicate(supervisor, late);
        communicate(supervisor, inTime);

        assertThat(quick.status()).as("%s", quick).isEqualTo(200);
        assertThat(quick.body().get("firstCommunicationWithinTarget").asBoolean()).isTrue();
        assertThat(slow.body().get("firstCommunicationWithinTarget").asBoolean()).isFalse();
        ApiResponse again = supervisor.get("/api/v1/crises/" + inTime);
        assertThat(again.body().get("communications").size()).isEqualTo(2);
        // The store keeps milliseconds.
        assertThat(Instant.parse(text(again, "firstCommunicationAt")))
                .isEqualTo(Instant.parse(text(quick, "firstCommunicationAt")).truncatedTo(ChronoUnit.MILLIS));
        ApiResponse incomplete = supervisor.post("/api/v1/crises/" + inTime + "/communications",
                Map.of("channel", "wechat"));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.body().at("/errors/0/field").asString()).isEqualTo("audience");
    }

    @Test
    void theWatchFlagsAMissedTargetOnceAfterTheBoundaryAndTellsTheCommitteeOnce() throws Exception {
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        Instant detected = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofMinutes(1));
        String number = text(supervisor.post("/api/v1/crises", declaration("Lines down", detected)), "number");
        Instant due = detected.plus(Duration.ofMinutes(3));
        String key = "crisis:" + number + ":first-communication-overdue";

        watch.run(due);
        assertThat(outbox(key)).as("exactly at the target is still in time").isEmpty();
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Integer> nodeA = CompletableFuture.supplyAsync(() -> watchAfter(start, due.plusSeconds(1)));
        CompletableFuture<Integer> nodeB = CompletableFuture.supplyAsync(() -> watchAfter(start, due.plusSeconds(1)));
        start.countDown();
        nodeA.get();
        nodeB.get();
        watch.run(due.plusSeconds(60));

        assertThat(outbox(key)).hasSize(1);
        assertThat(outbox(key).get(0).getString("recipient")).isEqualTo("tier:hq-service-quality-committee");
        assertThat(outbox(key).get(0).getString("channel")).isEqualTo("staff");
        ApiResponse flagged = supervisor.get("/api/v1/crises/" + number);
        assertThat(Instant.parse(text(flagged, "communicationOverdueAt"))).isEqualTo(due.plusSeconds(1));
        assertThat(flagged.body().get("firstCommunicationWithinTarget").asBoolean()).isFalse();
    }

    @Test
    void aCrisisWorksItsPlaybookThroughTheStagesToThePostMortemAndRequestsTheSurvey() {
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        ApiResponse playbook = supervisor.post("/api/v1/crisis-playbooks", playbook(unique("Recall")));
        assertThat(playbook.status()).as("%s", playbook).isEqualTo(201);
        Instant detected = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String path = "/api/v1/crises/" + text(supervisor.post("/api/v1/crises", declaration("Recall", detected)),
                "number");

        ApiResponse applied = supervisor.post(path + "/playbook", Map.of("playbookId", text(playbook, "id")));
        assertThat(applied.status()).as("%s", applied).isEqualTo(200);
        assertThat(applied.body().get("checklist").size()).isEqualTo(2);
        assertThat(Instant.parse(applied.body().at("/checklist/1/dueAt").asString()))
                .isEqualTo(detected.plus(Duration.ofMinutes(30)));
        ApiResponse notYet = supervisor.post(path + "/stage/advance", Map.of());
        assertThat(notYet.status()).isEqualTo(422);
        assertThat(notYet.body().at("/errors/0/field").asString()).isEqualTo("communications");
        communicate(supervisor, path.substring(path.lastIndexOf('/') + 1));
        supervisor.post(path + "/checklist/1/done", Map.of("note", "Posted on all channels"));
        assertThat(text(supervisor.post(path + "/stage/advance", Map.of("note", "Sales stopped")), "stage"))
                .isEqualTo("OPTIMISE");
        ApiResponse rebuilding = supervisor.post(path + "/stage/advance", Map.of());
        assertThat(text(rebuilding, "stage")).isEqualTo("REBUILD");
        assertThat(rebuilding.body().get("postCrisisSurveyRequested").asBoolean()).isTrue();
        String crisisNumber = text(rebuilding, "number");
        assertThat(crises.postCrisisSurveysToSend()).extracting(PostCrisisSurveyRequest::crisisNumber)
                .contains(crisisNumber);

        ApiResponse unfinished = supervisor.post(path + "/stage/advance", Map.of());
        assertThat(unfinished.status()).isEqualTo(422);
        List<String> missing = new ArrayList<>();
        unfinished.body().get("errors").values().forEach(e -> missing.add(e.get("field").asString()));
        assertThat(missing).containsExactly("postMortem", "checklist[1]");
        ApiResponse halfReview = supervisor.put(path + "/post-mortem", Map.of("summary", "Thermostats failed"));
        assertThat(halfReview.status()).isEqualTo(400);
        assertThat(halfReview.body().get("errors").toString()).contains("causes", "lessons", "actions");
        supervisor.put(path + "/post-mortem", Map.of("summary", "Thermostats failed",
                "causes", List.of("Alloy change"), "lessons", List.of("Inspect incoming parts"),
                "actions", List.of("Incoming inspection")));
        supervisor.post(path + "/checklist/2/skip", Map.of("reason", "Customers reached by SMS"));
        ApiResponse closed = supervisor.post(path + "/stage/advance", Map.of("note", "Recovered"));

        assertThat(text(closed, "stage")).isEqualTo("CLOSED");
        List<String> stages = new ArrayList<>();
        closed.body().get("stageTransitions").values().forEach(t -> stages.add(t.get("to").asString()));
        assertThat(stages).containsExactly("REPAIR", "OPTIMISE", "REBUILD", "CLOSED");
        assertThat(closed.body().at("/postMortem/lessons/0").asString()).isEqualTo("Inspect incoming parts");
        crises.postCrisisSurveySent(crisisNumber, "S-2026-000001");
        assertThat(crises.postCrisisSurveysToSend()).extracting(PostCrisisSurveyRequest::crisisNumber)
                .doesNotContain(crisisNumber);
    }

    @Test
    void thePlaybookLibraryIsEditedBySupervisorsWithVersionsAndCheckedNames() {
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        ApiClient agent = asNewStaff(Role.AGENT);
        String name = unique("Outage");
        ApiResponse created = supervisor.post("/api/v1/crisis-playbooks", playbook(name));
        String path = "/api/v1/crisis-playbooks/" + text(created, "id");

        assertThat(agent.post("/api/v1/crisis-playbooks", playbook(unique("x"))).status()).isEqualTo(403);
        assertThat(agent.get(path).status()).isEqualTo(200);
        assertThat(agent.get("/api/v1/crisis-playbooks").body().toString()).contains(name);
        assertThat(supervisor.post("/api/v1/crisis-playbooks", playbook(name)).status()).isEqualTo(409);
        Map<String, Object> badStep = playbook(unique("y"));
        badStep.put("steps", List.of(Map.of("title", "Statement", "responsibleRole", "spokesperson",
                "targetMinutes", -5)));
        ApiResponse refused = supervisor.post("/api/v1/crisis-playbooks", badStep);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().at("/errors/0/field").asString()).isEqualTo("steps[0].targetMinutes");

        Map<String, Object> revised = playbook(name);
        revised.put("description", "Revised after the drill");
        ApiResponse saved = supervisor.putWithHeader(path, "If-Match", created.header("ETag"), revised);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(supervisor.putWithHeader(path, "If-Match", created.header("ETag"), revised).status())
                .isEqualTo(409);
        assertThat(supervisor.delete(path).status()).isEqualTo(204);
        assertThat(supervisor.get(path).status()).isEqualTo(404);
    }

    @Test
    void drillsAreRecordedOnPlaybooksAndListedLatestFirst() {
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        String playbookId = text(supervisor.post("/api/v1/crisis-playbooks", playbook(unique("Fire"))), "id");
        Instant held = Instant.now().minus(Duration.ofDays(2));

        ApiResponse first = supervisor.post("/api/v1/crisis-drills", drill(playbookId, held));
        ApiResponse second = supervisor.post("/api/v1/crisis-drills", drill(playbookId, held.plus(Duration.ofDays(1))));

        assertThat(first.status()).as("%s", first).isEqualTo(201);
        ApiResponse list = asNewStaff(Role.ANALYST).get("/api/v1/crisis-drills?playbookId=" + playbookId);
        assertThat(list.body().get("total").asLong()).isEqualTo(2);
        assertThat(list.body().at("/items/0/id").asString()).isEqualTo(text(second, "id"));
        assertThat(list.body().at("/items/0/playbookName").asString()).isEqualTo(text(second, "playbookName"));
        Map<String, Object> bad = drill("no-such-playbook", Instant.now().plus(Duration.ofDays(1)));
        bad.put("participants", List.of());
        ApiResponse refused = supervisor.post("/api/v1/crisis-drills", bad);
        assertThat(refused.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        refused.body().get("errors").values().forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactly("playbookId", "heldAt", "participants");
        assertThat(asNewStaff(Role.AGENT).post("/api/v1/crisis-drills", drill(playbookId, held)).status())
                .isEqualTo(403);
    }

    @Test
    void aCommandOnAStaleVersionIs409AndChangesNothing() {
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        ApiResponse declared = supervisor.post("/api/v1/crises", declaration("Stale", Instant.now()));
        String path = "/api/v1/crises/" + text(declared, "number");
        ApiResponse reassessed = supervisorReassess(supervisor, path, declared.header("ETag"));
        assertThat(reassessed.status()).isEqualTo(200);

        ApiResponse stale = supervisorReassess(supervisor, path, declared.header("ETag"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("type").asString()).isEqualTo("urn:crm:problem:concurrent-modification");
        assertThat(supervisor.get(path).body().get("assessments").size()).isEqualTo(2);
        assertThat(supervisor.get(path).header("ETag")).isEqualTo(reassessed.header("ETag"));
    }

    private static ApiResponse supervisorReassess(ApiClient supervisor, String path, String etag) {
        return supervisor.postWithHeader(path + "/assessment", "If-Match", etag, Map.of("severity", "MODERATE",
                "scope", "LOCAL", "customerEmotion", "DISSATISFIED"));
    }

    @Test
    void agentsAndAnalystsReadCrisesButDoNotWorkThem() {
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        String number = text(supervisor.post("/api/v1/crises", declaration("Read only", Instant.now())), "number");

        assertThat(asNewStaff(Role.AGENT).post("/api/v1/crises", declaration("x", Instant.now())).status())
                .isEqualTo(403);
        assertThat(asNewStaff(Role.ANALYST).get("/api/v1/crises/" + number).status()).isEqualTo(200);
        assertThat(asNewStaff(Role.AGENT).post("/api/v1/crises/" + number + "/communications",
                Map.of("channel", "sms", "audience", "CUSTOMERS", "message", "x")).status()).isEqualTo(403);
        assertThat(asNewStaff(Role.AGENT).get("/api/v1/crises?open=true&size=200").body().get("items").toString())
                .contains(number);
    }

    private ApiResponse communicate(ApiClient client, String number) {
        return client.post("/api/v1/crises/" + number + "/communications", Map.of("channel", "wechat",
                "audience", "CUSTOMERS", "message", "We know about the problem and are fixing it"));
    }

    private List<Document> outbox(String dedupeKey) {
        return mongo.find(Query.query(where("dedupeKey").is(dedupeKey)), Document.class, "outbound_messages");
    }

    private int watchAfter(CountDownLatch start, Instant at) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return watch.run(at);
    }

    static Map<String, Object> declaration(String title, Instant detectedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("type", "PRODUCT");
        body.put("severity", "EXTREME");
        body.put("scope", "REGIONAL");
        body.put("customerEmotion", "ANGRY");
        body.put("detectedAt", detectedAt.toString());
        return body;
    }

    static Map<String, Object> playbook(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("crisisType", "PRODUCT");
        body.put("steps", List.of(
                Map.of("title", "Holding statement on all channels", "responsibleRole", "spokesperson",
                        "targetMinutes", 3),
                Map.of("title", "Stop sales of the batch", "responsibleRole", "operations lead", "targetMinutes", 30)));
        return body;
    }

    static Map<String, Object> drill(String playbookId, Instant heldAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("playbookId", playbookId);
        body.put("scenario", "A batch of kettles overheats");
        body.put("heldAt", heldAt.toString());
        body.put("participants", List.of("li.wei", "zhang.min"));
        body.put("findings", "The holding statement took 5 minutes");
        body.put("durationMinutes", 45);
        return body;
    }
}
