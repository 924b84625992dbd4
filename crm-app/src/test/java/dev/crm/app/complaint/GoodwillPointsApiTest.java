package dev.crm.app.complaint;

import static dev.crm.app.complaint.GoodwillApiTest.goodwill;
import static dev.crm.app.complaint.GoodwillApiTest.inProgress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.complaint.application.GoodwillPoints;
import dev.crm.core.api.Role;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/** Loyalty-points goodwill is credited to the customer's points account, once. */
class GoodwillPointsApiTest extends ApiIntegrationTest {

    private static final Map<String, Object> POINTS = Map.of("kind", "LOYALTY_POINTS", "points", 300,
            "description", "for the wait");

    @Autowired
    GoodwillPoints goodwillPoints;

    @Autowired
    MongoOperations mongo;

    static String newCustomer(ApiClient admin) {
        ApiResponse created = admin.post("/api/v1/customers",
                Map.of("displayName", "Goodwill " + UUID.randomUUID().toString().substring(0, 8)));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.body().get("id").asString();
    }

    @Test
    void loyaltyPointsGoodwillIsCreditedToTheCustomersAccountOnceHoweverOftenItIsSent() {
        ApiClient agent = asNewStaff(Role.AGENT);
        String customer = newCustomer(asAdmin());
        String number = inProgress(agent, customer);
        String key = UUID.randomUUID().toString();

        ApiResponse first = agent.postWithHeader(goodwill(number), "Idempotency-Key", key, POINTS);
        ApiResponse again = agent.postWithHeader(goodwill(number), "Idempotency-Key", key, POINTS);

        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(first.body().get("status").asString()).isEqualTo("GRANTED");
        String entryId = first.body().get("ledgerEntryId").asString();
        assertThat(entryId).isNotBlank();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("ledgerEntryId").asString()).isEqualTo(entryId);
        JsonNode account = agent.get("/api/v1/loyalty/accounts/" + customer).body();
        assertThat(account.get("balance").asLong()).isEqualTo(300);
        JsonNode entry = agent.get("/api/v1/loyalty/accounts/" + customer + "/statement").body().get("items").get(0);
        assertThat(entry.get("id").asString()).isEqualTo(entryId);
        assertThat(entry.get("kind").asString()).isEqualTo("GOODWILL");
        assertThat(entry.get("sourceRef").asString()).isEqualTo("complaint:" + number + ":goodwill:" + key);
        assertThat(agent.get("/api/v1/complaints/" + number + "/timeline").rawBody())
                .contains("goodwill: 300 loyalty points: for the wait");
    }

    @Test
    void aCreditLostInACrashIsMadeByThePassWithoutCreditingTwice() {
        ApiClient agent = asNewStaff(Role.AGENT);
        String customer = newCustomer(asAdmin());
        String number = inProgress(agent, customer);
        ApiResponse granted = agent.postWithHeader(goodwill(number), "Idempotency-Key", "crash-" + number, POINTS);
        String entryId = granted.body().get("ledgerEntryId").asString();
        // As if the node died after the ledger credit and before the complaint recorded it.
        Query complaint = Query.query(where("number").is(number).and("goodwill._id").is(granted.body().get("id").asString()));
        mongo.updateFirst(complaint, new Update().set("goodwill.$.status", "PENDING_LOYALTY")
                .unset("goodwill.$.ledgerEntryId").unset("goodwill.$.creditedAt"), "complaints");
        assertThat(agent.get(goodwill(number)).body().get(0).get("status").asString()).isEqualTo("PENDING_LOYALTY");

        int credited = goodwillPoints.run(Instant.now());

        assertThat(credited).isGreaterThanOrEqualTo(1);
        JsonNode remedy = agent.get(goodwill(number)).body().get(0);
        assertThat(remedy.get("status").asString()).isEqualTo("GRANTED");
        assertThat(remedy.get("ledgerEntryId").asString()).isEqualTo(entryId);
        assertThat(agent.get("/api/v1/loyalty/accounts/" + customer).body().get("balance").asLong()).isEqualTo(300);
        assertThat(goodwillPoints.run(Instant.now())).isZero();
    }

    @Test
    void loyaltyPointsNeedAComplaintOfAKnownCustomer() {
        ApiClient agent = asNewStaff(Role.AGENT);
        String number = inProgress(agent, null);

        ApiResponse refused = agent.postWithHeader(goodwill(number), "Idempotency-Key", "anon-" + number, POINTS);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(SurveyRequests.fieldsOf(refused.body())).containsExactly("kind");
        assertThat(agent.get(goodwill(number)).body().size()).isZero();
    }
}
