package dev.crm.app.loyalty;

import static dev.crm.app.loyalty.LoyaltyFixtures.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.Role;
import dev.crm.loyalty.application.Redemptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

class RedemptionsApiTest extends ApiIntegrationTest {

    /** Confirming again is what a repeated ledger connection does: it must return the same voucher. */
    @Autowired
    Redemptions redemptions;

    @Autowired
    MongoOperations mongo;

    private final String u = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @Test
    void anAdminOffersRewardsThatStaffReadAndRevisesThemUnderTheirVersion() {
        ApiClient admin = asAdmin();
        ApiResponse offered = admin.post("/api/v1/loyalty/rewards", reward("mug_" + u, 5L, 2));
        assertThat(offered.status()).as("%s", offered).isEqualTo(201);
        assertThat(offered.body().get("code").asString()).isEqualTo("MUG_" + u);

        JsonNode read = asNewStaff(Role.AGENT).get("/api/v1/loyalty/rewards/mug_" + u).body();
        assertThat(read.get("stock").asLong()).isEqualTo(5);
        Map<String, Object> revised = reward("MUG_" + u, 8L, 2);
        revised.put("version", read.get("version").asLong());
        ApiResponse saved = admin.put("/api/v1/loyalty/rewards/MUG_" + u, revised);
        assertThat(saved.status()).as("%s", saved).isEqualTo(200);
        assertThat(saved.body().get("stock").asLong()).isEqualTo(8);
        assertThat(admin.put("/api/v1/loyalty/rewards/MUG_" + u, revised).status()).isEqualTo(409);

        assertThat(admin.post("/api/v1/loyalty/rewards", reward("MUG_" + u, 1L, null)).status()).isEqualTo(409);
        Map<String, Object> bad = reward("bad code", -1L, 0);
        bad.put("pointsPrice", 0);
        bad.put("voucherValidityDays", 0);
        bad.put("kind", null);
        ApiResponse refused = admin.post("/api/v1/loyalty/rewards", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused.body())).containsExactly("code");
        bad.put("code", "GOOD_" + u);
        assertThat(fields(admin.post("/api/v1/loyalty/rewards", bad).body())).containsExactly("kind", "pointsPrice",
                "stock", "perCustomerLimit", "voucherValidityDays");
        assertThat(admin.get("/api/v1/loyalty/rewards/GOOD_" + u).status()).isEqualTo(404);
        assertThat(asNewStaff(Role.SUPERVISOR).post("/api/v1/loyalty/rewards", reward("X_" + u, 1L, null)).status())
                .isEqualTo(403);
        assertThat(admin.get("/api/v1/loyalty/rewards?size=200").body().get("total").asLong()).isGreaterThan(0);
    }

    @Test
    void aRedemptionIsIdempotentPerKeyAndRefusesUnknownRewardsNonMembersAndTheLimit() {
        ApiClient admin = asAdmin();
        admin.post("/api/v1/loyalty/rewards", reward("CUP_" + u, null, 1));
        String customer = member(admin);
        ApiClient agent = asNewStaff(Role.AGENT);
        String path = "/api/v1/loyalty/members/" + customer + "/redemptions";
        String key = UUID.randomUUID().toString();

        ApiResponse first = agent.postWithHeader(path, "Idempotency-Key", key, Map.of("rewardCode", "CUP_" + u));
        ApiResponse replay = agent.postWithHeader(path, "Idempotency-Key", key, Map.of("rewardCode", "cup_" + u));
        admin.post("/api/v1/loyalty/rewards", reward("PEN_" + u, null, null));
        ApiResponse otherBody = agent.postWithHeader(path, "Idempotency-Key", key, Map.of("rewardCode", "PEN_" + u));
        ApiResponse overLimit = agent.postWithHeader(path, "Idempotency-Key", "k2-" + key,
                Map.of("rewardCode", "CUP_" + u));

        assertThat(first.status()).as("%s", first).isEqualTo(201);
        // Paid from the member's points at once (the ledger connection), so confirmed with a voucher.
        assertThat(first.body().get("state").asString()).isEqualTo("CONFIRMED");
        assertThat(first.body().get("pointsPrice").asLong()).isEqualTo(500);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(replay.body().get("id").asString()).isEqualTo(first.body().get("id").asString());
        assertThat(otherBody.status()).isEqualTo(409);
        assertThat(fields(otherBody.body())).containsExactly("Idempotency-Key");
        assertThat(overLimit.status()).isEqualTo(422);
        assertThat(fields(overLimit.body())).containsExactly("rewardCode");
        assertThat(fields(agent.post(path, Map.of("rewardCode", "CUP_" + u)).body())).containsExactly("Idempotency-Key");
        assertThat(agent.postWithHeader(path, "Idempotency-Key", "k3-" + key, Map.of("rewardCode", "NOPE_" + u))
                .status()).isEqualTo(404);
        assertThat(agent.postWithHeader("/api/v1/loyalty/members/not-a-member/redemptions", "Idempotency-Key",
                "k4-" + key, Map.of("rewardCode", "CUP_" + u)).status()).isEqualTo(404);

        // Cancelling gives the limit back.
        ApiResponse cancelled = agent.post("/api/v1/loyalty/redemptions/" + first.body().get("id").asString()
                + "/cancellation", Map.of("reason", "changed mind"));
        assertThat(cancelled.body().get("state").asString()).isEqualTo("CANCELLED");
        assertThat(agent.postWithHeader(path, "Idempotency-Key", "k5-" + key, Map.of("rewardCode", "CUP_" + u))
                .status()).isEqualTo(201);
        assertThat(agent.get(path).body().get("total").asLong()).isEqualTo(2);
    }

    @Test
    void manyConcurrentRedemptionsNeverOversellAStockOfFive() throws Exception {
        ApiClient admin = asAdmin();
        admin.post("/api/v1/loyalty/rewards", reward("LANTERN_" + u, 5L, null));
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            customers.add(member(admin));
        }
        ApiClient agent = asNewStaff(Role.AGENT);
        ExecutorService threads = Executors.newFixedThreadPool(12);
        List<Future<ApiResponse>> attempts = new ArrayList<>();
        try {
            for (int i = 0; i < 24; i++) {
                String customer = customers.get(i % customers.size());
                attempts.add(threads.submit(() -> agent.postWithHeader("/api/v1/loyalty/members/" + customer
                        + "/redemptions", "Idempotency-Key", UUID.randomUUID().toString(),
                        Map.of("rewardCode", "LANTERN_" + u))));
            }
            Map<Integer, Integer> byStatus = new HashMap<>();
            for (Future<ApiResponse> attempt : attempts) {
                byStatus.merge(attempt.get().status(), 1, Integer::sum);
            }
            assertThat(byStatus).containsOnlyKeys(201, 409).containsEntry(201, 5).containsEntry(409, 19);
        } finally {
            threads.shutdown();
        }
        assertThat(admin.get("/api/v1/loyalty/rewards/LANTERN_" + u).body().get("stock").asLong()).isZero();
        ApiResponse soldOut = agent.postWithHeader("/api/v1/loyalty/members/" + customers.get(0) + "/redemptions",
                "Idempotency-Key", UUID.randomUUID().toString(), Map.of("rewardCode", "LANTERN_" + u));
        assertThat(soldOut.status()).isEqualTo(409);
    }

    @Test
    void aConfirmedRedemptionIssuesAVoucherThatIsUsedOnceAndNotAfterItExpires() {
        ApiClient admin = asAdmin();
        admin.post("/api/v1/loyalty/rewards", reward("TEA_" + u, 3L, null));
        String customer = member(admin);
        ApiClient agent = asNewStaff(Role.AGENT);
        String first = redeem(agent, customer, "TEA_" + u);
        String second = redeem(agent, customer, "TEA_" + u);

        String voucher = redemptions.confirm(first).getCode();
        assertThat(redemptions.confirm(first).getCode()).as("confirming twice").isEqualTo(voucher);
        String expiring = redemptions.confirm(second).getCode();

        JsonNode confirmed = agent.get("/api/v1/loyalty/redemptions/" + first).body();
        assertThat(confirmed.get("state").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmed.get("voucherCode").asString()).isEqualTo(voucher);
        assertThat(agent.get("/api/v1/loyalty/vouchers/" + voucher).body().get("status").asString())
                .isEqualTo("USABLE");
        ApiResponse used = agent.post("/api/v1/loyalty/vouchers/" + voucher + "/use", Map.of());
        assertThat(used.status()).as("%s", used).isEqualTo(200);
        assertThat(used.body().get("status").asString()).isEqualTo("USED");
        assertThat(agent.post("/api/v1/loyalty/vouchers/" + voucher + "/use", Map.of()).status()).isEqualTo(409);
        assertThat(agent.post("/api/v1/loyalty/vouchers/NOSUCHVOUCHER/use", Map.of()).status()).isEqualTo(404);
        assertThat(agent.post("/api/v1/loyalty/redemptions/" + first + "/cancellation", Map.of()).status())
                .as("a used voucher's redemption stays").isEqualTo(409);

        // Vouchers expire by the clock; this one is moved into the past rather than waiting for it.
        mongo.updateFirst(Query.query(where("_id").is(expiring)),
                new Update().set("validUntil", Date.from(Instant.now().minusSeconds(60))), "loyalty_vouchers");
        assertThat(agent.post("/api/v1/loyalty/vouchers/" + expiring + "/use", Map.of()).status()).isEqualTo(422);

        String third = redeem(agent, customer, "TEA_" + u);
        redemptions.confirm(third);
        ApiResponse cancelled = agent.post("/api/v1/loyalty/redemptions/" + third + "/cancellation", Map.of());
        assertThat(cancelled.body().get("state").asString()).isEqualTo("CANCELLED");
        // Refunded to the member's points at once: 10,000 − 3 × 500 + 500.
        assertThat(cancelled.body().get("refundDue").asBoolean()).isFalse();
        assertThat(admin.get("/api/v1/loyalty/accounts/" + customer).body().get("balance").asLong()).isEqualTo(9_000);
        assertThat(admin.get("/api/v1/loyalty/rewards/TEA_" + u).body().get("stock").asLong()).isEqualTo(1);

        JsonNode figures = asNewStaff(Role.ANALYST).get("/api/v1/loyalty/reports/redemptions").body();
        JsonNode tea = figures.values().stream().filter(r -> r.get("rewardCode").asString().equals("TEA_" + u))
                .findFirst().orElseThrow();
        assertThat(tea.get("redemptions").asLong()).isEqualTo(3);
        assertThat(tea.get("confirmed").asLong()).isEqualTo(2);
        assertThat(tea.get("cancelled").asLong()).isEqualTo(1);
        assertThat(tea.get("vouchersIssued").asLong()).isEqualTo(3);
        assertThat(tea.get("vouchersUsed").asLong()).isEqualTo(1);
        assertThat(tea.get("vouchersVoided").asLong()).isEqualTo(1);
    }

    private String redeem(ApiClient agent, String customer, String reward) {
        ApiResponse redeemed = agent.postWithHeader("/api/v1/loyalty/members/" + customer + "/redemptions",
                "Idempotency-Key", UUID.randomUUID().toString(), Map.of("rewardCode", reward));
        assertThat(redeemed.status()).as("%s", redeemed).isEqualTo(201);
        return redeemed.body().get("id").asString();
    }

    private String member(ApiClient admin) {
        String customer = LoyaltyFixtures.newCustomer(admin);
        String program = "default";
        ApiResponse enrolled = admin.post("/api/v1/loyalty/programs/" + program + "/members",
                Map.of("customerId", customer));
        assertThat(enrolled.status()).as("%s", enrolled).isEqualTo(201);
        PointsRequests.posted(admin, customer, PointsRequests.earn(10_000, "start-" + UUID.randomUUID()));
        return customer;
    }

    private static Map<String, Object> reward(String code, Long stock, Integer limit) {
        Map<String, Object> reward = new HashMap<>();
        reward.put("code", code);
        reward.put("name", "Reward " + code);
        reward.put("kind", "GIFT");
        reward.put("pointsPrice", 500);
        reward.put("stock", stock);
        reward.put("perCustomerLimit", limit);
        reward.put("voucherValidityDays", 30);
        return reward;
    }
}
