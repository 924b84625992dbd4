package dev.crm.app.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.Role;
import dev.crm.customer.api.CustomerId;
import dev.crm.customer.api.CustomerLoyalty;
import dev.crm.loyalty.api.LoyaltyPoints;
import dev.crm.loyalty.application.LedgerConnection;
import dev.crm.loyalty.application.PointsAwards;
import dev.crm.loyalty.application.Redemptions;
import dev.crm.loyalty.domain.AwardKind;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Programs and the catalogue on the points ledger: awards are credited, a redemption is paid for
 * in points (or refused with the available balance, its stock given back), a cancellation refunds
 * it, and the catch-up pass posts what a crash left pending.
 */
class LedgerConnectionTest extends ApiIntegrationTest {

    @Autowired
    LoyaltyPoints ledger;

    @Autowired
    LedgerConnection connection;

    @Autowired
    PointsAwards awards;

    @Autowired
    Redemptions redemptions;

    @Autowired
    CustomerLoyalty customerLoyalty;

    private final String u = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @Test
    void aRedemptionIsPaidInPointsRefusedWithoutThemAndRefundedWhenCancelled() {
        ApiClient admin = asAdmin();
        String customer = member(admin);
        assertThat(admin.post("/api/v1/loyalty/rewards", reward("KETTLE_" + u, 500, 3L)).status()).isEqualTo(201);
        ApiClient agent = asNewStaff(Role.AGENT);
        String path = "/api/v1/loyalty/members/" + customer + "/redemptions";

        ApiResponse refused = agent.postWithHeader(path, "Idempotency-Key", UUID.randomUUID().toString(),
                Map.of("rewardCode", "KETTLE_" + u));
        assertThat(refused.status()).as("%s", refused).isEqualTo(422);
        assertThat(refused.rawBody()).contains("\"available\":0");
        assertThat(admin.get("/api/v1/loyalty/rewards/KETTLE_" + u).body().get("stock").asLong())
                .as("the stock went back").isEqualTo(3);

        PointsRequests.post(asNewStaff(Role.SUPERVISOR), customer, PointsRequests.earn(800, "gift-" + u));
        ApiResponse paid = agent.postWithHeader(path, "Idempotency-Key", UUID.randomUUID().toString(),
                Map.of("rewardCode", "KETTLE_" + u));
        assertThat(paid.status()).as("%s", paid).isEqualTo(201);
        assertThat(paid.body().get("state").asString()).isEqualTo("CONFIRMED");
        assertThat(paid.body().get("voucherCode").isNull()).isFalse();
        assertThat(ledger.balanceOf(new CustomerId(customer))).isEqualTo(300);
        assertThat(admin.get("/api/v1/loyalty/rewards/KETTLE_" + u).body().get("stock").asLong()).isEqualTo(2);

        String id = paid.body().get("id").asString();
        ApiResponse cancelled = agent.post("/api/v1/loyalty/redemptions/" + id + "/cancellation",
                Map.of("reason", "changed their mind"));
        assertThat(cancelled.status()).as("%s", cancelled).isEqualTo(200);
        assertThat(cancelled.body().get("state").asString()).isEqualTo("CANCELLED");
        assertThat(ledger.balanceOf(new CustomerId(customer))).as("refunded").isEqualTo(800);
        assertThat(redemptions.get(id).isRefundDue()).isFalse();
        assertThat(ledger.entry("redemption:" + id)).isPresent();
    }

    @Test
    void awardsAreCreditedAndTheCustomer360ShowsLevelAndBalance() {
        ApiClient admin = asAdmin();
        String customer = member(admin);

        ApiResponse awarded = admin.post("/api/v1/loyalty/members/" + customer + "/awards",
                Map.of("kind", "REFERRAL", "reference", "friend-" + u));

        assertThat(awarded.status()).as("%s", awarded).isEqualTo(201);
        assertThat(awarded.body().get("status").asString()).isEqualTo("POSTED");
        long points = awarded.body().get("points").asLong();
        assertThat(points).isEqualTo(250);
        assertThat(ledger.balanceOf(new CustomerId(customer))).isEqualTo(points);
        assertThat(ledger.entry(awarded.body().get("sourceRef").asString())).isPresent();
        CustomerLoyalty.LoyaltySummary summary = customerLoyalty.summaryOf(new CustomerId(customer)).orElseThrow();
        assertThat(summary.pointsBalance()).isEqualTo(points);
        assertThat(summary.levelCode()).isEqualTo(admin.get("/api/v1/loyalty/members/" + customer).body()
                .get("levelCode").asString());
    }

    @Test
    void theCatchUpPassPostsWhatACrashLeftPending() {
        ApiClient admin = asAdmin();
        String customer = member(admin);
        admin.post("/api/v1/loyalty/rewards", reward("MUG_" + u, 100, null));
        // As if the node died right after recording them: an award not credited, a reservation not paid.
        PointsAwards.Awarded award = awards.award(customer, AwardKind.REFERRAL, "crash-" + u, "test");
        Redemptions.Redeemed reserved = redemptions.redeem(customer, "MUG_" + u, UUID.randomUUID().toString(), "test");
        assertThat(award.award().getStatus().name()).isEqualTo("PENDING");
        assertThat(reserved.redemption().getState().name()).isEqualTo("RESERVED");

        int done = connection.run(Instant.now().plus(Duration.ofMinutes(2)));

        assertThat(done).isGreaterThanOrEqualTo(2);
        assertThat(awards.get(award.award().getId()).getStatus().name()).isEqualTo("POSTED");
        assertThat(redemptions.get(reserved.redemption().getId()).getState().name()).isEqualTo("CONFIRMED");
        assertThat(ledger.balanceOf(new CustomerId(customer))).isEqualTo(award.award().getPoints() - 100);
        connection.run(Instant.now().plus(Duration.ofMinutes(3)));
        assertThat(ledger.balanceOf(new CustomerId(customer))).as("posted once").isEqualTo(
                award.award().getPoints() - 100);
    }

    /** A member of a program of this test's own, with a 250-point referral rule. */
    private String member(ApiClient admin) {
        String program = LoyaltyFixtures.define(admin, LoyaltyFixtures.aProgram("Connection " + u)
                .fixed("REFERRAL", 250, false, null));
        String customer = LoyaltyFixtures.newCustomer(admin);
        ApiResponse enrolled = admin.post("/api/v1/loyalty/programs/" + program + "/members",
                Map.of("customerId", customer));
        assertThat(enrolled.status()).as("%s", enrolled).isEqualTo(201);
        return customer;
    }

    private static Map<String, Object> reward(String code, long price, Long stock) {
        Map<String, Object> reward = new HashMap<>();
        reward.put("code", code);
        reward.put("name", "Reward " + code);
        reward.put("kind", "GIFT");
        reward.put("pointsPrice", price);
        reward.put("stock", stock);
        reward.put("voucherValidityDays", 30);
        return reward;
    }
}
