package dev.crm.app.complaint;

import static dev.crm.app.complaint.ComplaintRequests.path;
import static dev.crm.app.complaint.ComplaintRequests.register;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.Role;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Goodwill remedies: recorded once per idempotency key, listed on the complaint and its timeline. */
class GoodwillApiTest extends ApiIntegrationTest {

    private static final Map<String, Object> FIFTY_YUAN = Map.of("kind", "COMPENSATION",
            "amount", Map.of("value", "50.00", "currency", "CNY"), "description", "for the delay");

    @Test
    void theSameKeyTwiceRecordsTheRemedyOnce() {
        ApiClient agent = asNewStaff(Role.AGENT);
        String number = inProgress(agent);
        String key = UUID.randomUUID().toString();

        ApiResponse first = agent.postWithHeader(goodwill(number), "Idempotency-Key", key, FIFTY_YUAN);
        ApiResponse again = agent.postWithHeader(goodwill(number), "Idempotency-Key", key, FIFTY_YUAN);

        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(first.body().get("amount").get("value").decimalValue()).isEqualByComparingTo("50");
        assertThat(first.body().get("amount").get("currency").asString()).isEqualTo("CNY");
        assertThat(first.body().get("status").asString()).isEqualTo("RECORDED");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(again.body().get("id").asString()).isEqualTo(first.body().get("id").asString());
        ApiResponse complaint = agent.get("/api/v1/complaints/" + number);
        assertThat(complaint.body().get("goodwill").size()).isEqualTo(1);
        assertThat(agent.get(goodwill(number)).body().size()).isEqualTo(1);
        assertThat(agent.get("/api/v1/complaints/" + number + "/timeline").rawBody())
                .contains("goodwill: compensation 50.00 CNY: for the delay");
    }

    @Test
    void twoIdenticalRequestsAtOnceRecordOneRemedy() throws Exception {
        ApiClient agent = asNewStaff(Role.AGENT);
        String number = inProgress(agent, GoodwillPointsApiTest.newCustomer(asAdmin()));
        String key = UUID.randomUUID().toString();
        Map<String, Object> points = Map.of("kind", "LOYALTY_POINTS", "points", 500);

        CompletableFuture<ApiResponse> a = CompletableFuture.supplyAsync(() ->
                agent.postWithHeader(goodwill(number), "Idempotency-Key", key, points));
        CompletableFuture<ApiResponse> b = CompletableFuture.supplyAsync(() ->
                agent.postWithHeader(goodwill(number), "Idempotency-Key", key, points));

        assertThat(List.of(a.get().status(), b.get().status())).containsExactlyInAnyOrder(201, 200);
        assertThat(a.get().body().get("id").asString()).isEqualTo(b.get().body().get("id").asString());
        assertThat(a.get().body().get("status").asString()).isEqualTo("GRANTED");
        assertThat(agent.get(goodwill(number)).body().size()).isEqualTo(1);
    }

    @Test
    void aKeyReusedForAnotherRemedyAMissingKeyAndBadFiguresAreRefusedNamingTheField() {
        ApiClient agent = asNewStaff(Role.AGENT);
        String number = inProgress(agent);
        String key = UUID.randomUUID().toString();
        agent.postWithHeader(goodwill(number), "Idempotency-Key", key, FIFTY_YUAN);

        ApiResponse reused = agent.postWithHeader(goodwill(number), "Idempotency-Key", key,
                Map.of("kind", "DISCOUNT", "percent", 10));
        ApiResponse noKey = agent.post(goodwill(number), FIFTY_YUAN);
        ApiResponse badMoney = agent.postWithHeader(goodwill(number), "Idempotency-Key", "k-" + key,
                Map.of("kind", "COMPENSATION", "amount", Map.of("value", "-5", "currency", "YUAN")));
        ApiResponse mixed = agent.postWithHeader(goodwill(number), "Idempotency-Key", "m-" + key,
                Map.of("kind", "GIFT", "points", 10));
        ApiResponse badKind = agent.postWithHeader(goodwill(number), "Idempotency-Key", "b-" + key,
                Map.of("kind", "CASHBACK"));

        assertThat(reused.status()).isEqualTo(422);
        assertThat(SurveyRequests.fieldsOf(reused.body())).containsExactly("Idempotency-Key");
        assertThat(SurveyRequests.fieldsOf(noKey.body())).containsExactly("Idempotency-Key");
        assertThat(SurveyRequests.fieldsOf(badMoney.body())).containsExactly("amount.currency", "amount.value");
        assertThat(SurveyRequests.fieldsOf(mixed.body())).containsExactly("description", "points");
        assertThat(SurveyRequests.fieldsOf(badKind.body())).containsExactly("kind");
        assertThat(agent.get(goodwill(number)).body().size()).isEqualTo(1);
    }

    @Test
    void goodwillFollowsHandlingAndIsForTheComplaintsWorkers() {
        ApiClient agent = asNewStaff(Role.AGENT);
        String registered = register(agent);

        ApiResponse tooEarly = agent.postWithHeader(goodwill(registered), "Idempotency-Key", "early", FIFTY_YUAN);
        ApiResponse analyst = asNewStaff(Role.ANALYST).postWithHeader(goodwill(registered), "Idempotency-Key", "a",
                FIFTY_YUAN);
        ApiResponse unknown = agent.postWithHeader(goodwill("C-1999-000001"), "Idempotency-Key", "u", FIFTY_YUAN);

        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(analyst.status()).isEqualTo(403);
        assertThat(unknown.status()).isEqualTo(404);
    }

    private static String inProgress(ApiClient agent) {
        return inProgress(agent, null);
    }

    static String inProgress(ApiClient agent, String customerId) {
        Map<String, Object> registration = ComplaintRequests.complaint();
        if (customerId != null) {
            registration.put("customerId", customerId);
        }
        ApiResponse created = agent.post("/api/v1/complaints", registration);
        assertThat(created.status()).as("registering: %s", created).isEqualTo(201);
        String number = created.body().get("number").asString();
        agent.post(path(number, "accept"), Map.of());
        agent.post(path(number, "assess"), Map.of("grade", "LEVEL_2", "type", "SERVICE"));
        agent.post(path(number, "assign"), Map.of("department", "after-sales"));
        assertThat(agent.post(path(number, "start"), Map.of()).status()).isEqualTo(200);
        return number;
    }

    static String goodwill(String number) {
        return "/api/v1/complaints/" + number + "/goodwill";
    }
}
