package dev.crm.app.complaint;

import static dev.crm.app.complaint.ComplaintRequests.complaint;
import static dev.crm.app.complaint.ComplaintRequests.path;
import static dev.crm.app.complaint.ComplaintRequests.register;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ComplaintLifecycleApiTest extends ApiIntegrationTest {

    @Test
    void aComplaintGoesFromRegistrationToArchiveWithEveryStepOnItsTimeline() {
        ApiClient agent = asNewStaff(Role.AGENT);
        String number = register(agent);

        assertThat(agent.post(path(number, "accept"), Map.of()).status()).isEqualTo(200);
        ApiResponse assessed = agent.post(path(number, "assess"), Map.of("grade", "LEVEL_1", "type",
                "PRODUCT_QUALITY", "plan", "Replace the kettle"));
        assertThat(assessed.body().get("state").asString()).isEqualTo("ASSESSED");
        agent.post(path(number, "assign"), Map.of("department", "after-sales", "thirdPartyKind", "SUPPLIER",
                "thirdPartyName", "Kettle Works"));
        agent.post(path(number, "start"), Map.of());
        agent.post(path(number, "respond"), Map.of("text", "We are sending a replacement", "via", "phone"));
        ApiResponse resolved = agent.post(path(number, "resolve"), Map.of("solution", "Replacement sent",
                "customerNotifiedVia", "phone"));
        assertThat(resolved.status()).isEqualTo(200);
        agent.post(path(number, "follow-up"), Map.of());
        ApiResponse closed = agent.post(path(number, "close"), Map.of("result", "SATISFIED", "attempts", 1));
        assertThat(closed.body().get("state").asString()).isEqualTo("CLOSED");
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        ApiResponse archived = supervisor.post(path(number, "archive"), Map.of());
        assertThat(archived.body().get("state").asString()).isEqualTo("ARCHIVED");

        // Archived: read by archive readers only, for a stated purpose.
        ApiResponse timeline = supervisor.get("/api/v1/complaints/" + number + "/timeline?purpose=AUDIT");
        List<String> kinds = new ArrayList<>();
        timeline.body().values().forEach(entry -> kinds.add(entry.get("kind").asString()));
        assertThat(kinds).contains("TRANSITION", "MESSAGE_TO_CUSTOMER");
        assertThat(timeline.rawBody()).contains("ACCEPTED", "IN_PROGRESS", "RESOLVED", "ARCHIVED");
        assertThat(archived.body().get("owner").asString())
                .isEqualTo(agent.get("/api/v1/me").body().get("username").asString());
    }

    @Test
    void registrationReturnsTheComputedDeadlines() {
        ApiResponse created = asAdmin().post("/api/v1/complaints", complaint());

        List<String> milestones = new ArrayList<>();
        created.body().get("deadlines").values().forEach(d -> milestones.add(d.get("milestone").asString()));
        assertThat(milestones).contains("ACCEPT", "FIRST_RESPONSE", "ANALYSIS", "RESOLUTION", "SURVEY");
        assertThat(created.body().get("nextDueAt").isNull()).isFalse();
        String firstResponsePolicy = null;
        for (var deadline : created.body().get("deadlines").values()) {
            if (deadline.get("milestone").asString().equals("FIRST_RESPONSE")) {
                firstResponsePolicy = deadline.get("policyId").asString();
            }
        }
        assertThat(firstResponsePolicy).isEqualTo("override-phone");
    }

    @Test
    void anIllegalTransitionIs409AndMissingDataIs422NamingTheFields() {
        ApiClient agent = asNewStaff(Role.AGENT);
        String number = register(agent);

        ApiResponse tooEarly = agent.post(path(number, "resolve"), Map.of("solution", "x", "customerNotifiedVia", "y"));
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.body().get("type").asString()).isEqualTo("urn:crm:problem:illegal-transition");

        agent.post(path(number, "accept"), Map.of());
        agent.post(path(number, "assess"), Map.of("grade", "LEVEL_2", "type", "SERVICE"));
        agent.post(path(number, "assign"), Map.of("handler", "someone"));
        agent.post(path(number, "start"), Map.of());
        ApiResponse incomplete = agent.post(path(number, "resolve"), Map.of("solution", "Refunded"));
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.body().get("errors").get(0).get("field").asString()).isEqualTo("customerNotifiedVia");
        assertThat(agent.get("/api/v1/complaints/" + number).body().get("state").asString()).isEqualTo("IN_PROGRESS");

        ApiResponse badGrade = agent.post(path(number, "assess"), Map.of("grade", "LEVEL_9", "type", "SERVICE"));
        assertThat(badGrade.status()).isEqualTo(400);
        assertThat(badGrade.body().get("errors").get(0).get("field").asString()).isEqualTo("grade");
    }

    @Test
    void twoAgentsActingOnTheSameVersionAtOnceOneWinsTheOtherGets409() throws Exception {
        ApiClient supervisorA = asNewStaff(Role.SUPERVISOR);
        ApiClient supervisorB = asNewStaff(Role.SUPERVISOR);
        String number = register(supervisorA);
        supervisorA.post(path(number, "accept"), Map.of());
        String etag = supervisorA.get("/api/v1/complaints/" + number).header("ETag");

        CompletableFuture<ApiResponse> first = CompletableFuture.supplyAsync(() -> supervisorA.postWithHeader(
                path(number, "assess"), "If-Match", etag, Map.of("grade", "LEVEL_1", "type", "SERVICE")));
        CompletableFuture<ApiResponse> second = CompletableFuture.supplyAsync(() -> supervisorB.postWithHeader(
                path(number, "assess"), "If-Match", etag, Map.of("grade", "LEVEL_3", "type", "PRICE")));
        List<Integer> statuses = List.of(first.get().status(), second.get().status());

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        ApiResponse winner = first.get().status() == 200 ? first.get() : second.get();
        ApiResponse now = supervisorA.get("/api/v1/complaints/" + number);
        assertThat(now.body().get("grade").asString()).isEqualTo(winner.body().get("grade").asString());
        assertThat(now.body().get("transitions").size()).isEqualTo(3);
    }

    @Test
    void agentsWorkTheirOwnAndUnownedComplaintsOnly() {
        ApiClient owner = asNewStaff(Role.AGENT);
        ApiClient otherAgent = asNewStaff(Role.AGENT);
        ApiClient analyst = asNewStaff(Role.ANALYST);
        String number = register(owner);

        assertThat(analyst.post(path(number, "accept"), Map.of()).status()).isEqualTo(403);
        assertThat(owner.post(path(number, "accept"), Map.of()).status()).isEqualTo(200);
        assertThat(otherAgent.post(path(number, "assess"), Map.of("grade", "LEVEL_2", "type", "SERVICE")).status())
                .isEqualTo(403);
        assertThat(otherAgent.get("/api/v1/complaints/" + number).status()).isEqualTo(200);
        assertThat(analyst.get("/api/v1/complaints/" + number).status()).isEqualTo(200);
        assertThat(asNewStaff(Role.SUPERVISOR).post(path(number, "assess"), Map.of("grade", "LEVEL_2", "type",
                "SERVICE")).status()).isEqualTo(200);
        assertThat(owner.post(path(number, "archive"), Map.of()).status()).isEqualTo(403);
        assertThat(asNewStaff(Role.HR).get("/api/v1/complaints/" + number).status()).isEqualTo(403);
    }

    @Test
    void supervisorsWorkTheirDepartmentsAndNotYetRoutedComplaints() {
        ApiClient billing = asNewStaffIn("billing", Role.SUPERVISOR);
        ApiClient afterSales = asNewStaffIn("after-sales", Role.SUPERVISOR);
        String number = register(asAdmin());

        assertThat(billing.post(path(number, "accept"), Map.of()).status()).isEqualTo(200);
        billing.post(path(number, "assess"), Map.of("grade", "LEVEL_2", "type", "PRODUCT_QUALITY"));
        assertThat(billing.post(path(number, "assign"), Map.of("department", "after-sales")).status())
                .isEqualTo(200);

        assertThat(billing.post(path(number, "start"), Map.of()).status()).isEqualTo(403);
        assertThat(afterSales.post(path(number, "start"), Map.of()).status()).isEqualTo(200);
        assertThat(billing.get("/api/v1/complaints/" + number).status()).isEqualTo(200);
    }

    @Test
    void theHandlerCanWorkAComplaintOwnedBySomeoneElse() {
        ApiClient owner = asNewStaff(Role.AGENT);
        ApiClient handler = asNewStaff(Role.AGENT);
        String handlerName = handler.get("/api/v1/me").body().get("username").asString();
        String number = register(owner);
        owner.post(path(number, "accept"), Map.of());
        owner.post(path(number, "assess"), Map.of("grade", "LEVEL_2", "type", "SERVICE"));
        owner.post(path(number, "assign"), Map.of("handler", handlerName));

        assertThat(handler.post(path(number, "start"), Map.of()).status()).isEqualTo(200);
    }

    @Test
    void ownershipIsHandedOverExplicitlyWithAReason() {
        ApiClient owner = asNewStaff(Role.AGENT);
        String number = register(owner);
        owner.post(path(number, "accept"), Map.of());

        ApiResponse noReason = owner.post(path(number, "hand-over"), Map.of("newOwner", "colleague"));
        ApiResponse handedOver = owner.post(path(number, "hand-over"), Map.of("newOwner", "colleague", "reason",
                "leaving for holidays"));

        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(handedOver.body().get("owner").asString()).isEqualTo("colleague");
    }

    @Test
    void theQueueListsMineAndUnownedSoonestDeadlineFirstAndSearchFilters() {
        ApiClient agent = asNewStaff(Role.AGENT);
        String mine = register(agent);
        agent.post(path(mine, "accept"), Map.of());
        String someoneElses = register(agent);
        asNewStaff(Role.SUPERVISOR).post(path(someoneElses, "accept"), Map.of());

        ApiResponse queue = agent.get("/api/v1/complaints/queue?size=200");
        List<String> numbers = new ArrayList<>();
        List<String> dues = new ArrayList<>();
        queue.body().get("items").values().forEach(item -> {
            numbers.add(item.get("number").asString());
            dues.add(item.get("nextDueAt").isNull() ? "~" : item.get("nextDueAt").asString());
        });
        assertThat(numbers).contains(mine).doesNotContain(someoneElses);
        assertThat(dues).isSorted();

        ApiResponse accepted = agent.get("/api/v1/complaints?state=ACCEPTED&channel=PHONE&text=KETTLE&size=200");
        List<String> found = new ArrayList<>();
        accepted.body().get("items").values().forEach(item -> found.add(item.get("number").asString()));
        assertThat(found).contains(mine, someoneElses);
        assertThat(agent.get("/api/v1/complaints?state=NONSENSE").status()).isEqualTo(400);
        assertThat(agent.get("/api/v1/complaints?dueBefore=yesterday").body().get("errors").get(0).get("field")
                .asString()).isEqualTo("dueBefore");
    }

    @Test
    void aStaleIfMatchIsA409AndAMalformedOneA400() {
        ApiClient agent = asNewStaff(Role.AGENT);
        String number = register(agent);

        assertThat(agent.postWithHeader(path(number, "accept"), "If-Match", "\"99\"", Map.of()).status())
                .isEqualTo(409);
        ApiResponse malformed = agent.postWithHeader(path(number, "accept"), "If-Match", "latest", Map.of());
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().get("errors").get(0).get("field").asString()).isEqualTo("If-Match");
    }
}
