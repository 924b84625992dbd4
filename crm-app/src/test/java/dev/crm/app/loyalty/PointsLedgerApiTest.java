package dev.crm.app.loyalty;

import static dev.crm.app.loyalty.PointsRequests.earn;
import static dev.crm.app.loyalty.PointsRequests.fieldsOf;
import static dev.crm.app.loyalty.PointsRequests.newCustomer;
import static dev.crm.app.loyalty.PointsRequests.post;
import static dev.crm.app.loyalty.PointsRequests.posted;
import static dev.crm.app.loyalty.PointsRequests.redeem;
import static dev.crm.app.loyalty.PointsRequests.reverse;
import static dev.crm.app.loyalty.PointsRequests.transactions;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The points transactions API: idempotency keys, refusals, statements and reports. */
class PointsLedgerApiTest extends ApiIntegrationTest {

    @Test
    void theSameKeyWithTheSameBodyAnswersTheFirstAnswerAgainAndWithAnotherBodyIsAConflict() {
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        String customer = newCustomer(asAdmin());
        String key = UUID.randomUUID().toString();

        ApiResponse first = supervisor.postWithHeader(transactions(customer), "Idempotency-Key", key, earn(100, null));
        ApiResponse again = supervisor.postWithHeader(transactions(customer), "Idempotency-Key", key, earn(100, null));
        ApiResponse other = supervisor.postWithHeader(transactions(customer), "Idempotency-Key", key, earn(101, null));
        ApiResponse noKey = supervisor.post(transactions(customer), earn(100, null));

        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(first.body().get("entry").get("balanceAfter").asLong()).isEqualTo(100);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.rawBody()).isEqualTo(first.rawBody());
        assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(other.status()).isEqualTo(409);
        assertThat(fieldsOf(other.body())).containsExactly("Idempotency-Key");
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(fieldsOf(noKey.body())).containsExactly("Idempotency-Key");
        assertThat(balance(supervisor, customer)).isEqualTo(100);
    }

    @Test
    void aRefusedRedemptionIsReplayedAsRefusedEvenAfterTheBalanceGrew() {
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        String customer = newCustomer(asAdmin());
        posted(supervisor, customer, earn(50, null));
        String key = UUID.randomUUID().toString();

        ApiResponse refused = supervisor.postWithHeader(transactions(customer), "Idempotency-Key", key,
                redeem(80, "voucher-" + key));
        posted(supervisor, customer, earn(100, null));
        ApiResponse replayed = supervisor.postWithHeader(transactions(customer), "Idempotency-Key", key,
                redeem(80, "voucher-" + key));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("available").asLong()).isEqualTo(50);
        assertThat(refused.body().get("requested").asLong()).isEqualTo(80);
        assertThat(fieldsOf(refused.body())).containsExactly("points");
        assertThat(replayed.status()).isEqualTo(422);
        assertThat(replayed.rawBody()).isEqualTo(refused.rawBody());
        assertThat(balance(supervisor, customer)).isEqualTo(150);
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndWritesNothing() {
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        String customer = newCustomer(asAdmin());

        ApiResponse zero = post(supervisor, customer, earn(0, null));
        ApiResponse negative = post(supervisor, customer, redeem(-5, null));
        Map<String, Object> noKind = earn(10, null);
        noKind.remove("kind");
        ApiResponse withoutKind = post(supervisor, customer, noKind);
        ApiResponse badType = post(supervisor, customer, Map.of("type", "GIFT", "points", 5));
        ApiResponse reserved = post(supervisor, customer, earn(10, "expiry:" + customer + ":1"));
        ApiResponse adjustWithoutReason = post(supervisor, customer, Map.of("type", "ADJUST", "points", -3));
        ApiResponse pastExpiry = post(supervisor, customer, withExpiry(earn(10, null), Instant.now().minusSeconds(60)));
        ApiResponse unknownCustomer = post(supervisor, "no-such-customer", earn(10, null));
        ApiResponse unknownReference = post(supervisor, customer, reverse("never-posted"));

        assertThat(List.of(zero.status(), negative.status(), withoutKind.status(), badType.status(),
                reserved.status(), adjustWithoutReason.status(), pastExpiry.status()))
                .containsOnly(400);
        assertThat(fieldsOf(zero.body())).containsExactly("points");
        assertThat(fieldsOf(negative.body())).containsExactly("points");
        assertThat(fieldsOf(withoutKind.body())).containsExactly("kind");
        assertThat(fieldsOf(badType.body())).containsExactly("type");
        assertThat(fieldsOf(reserved.body())).containsExactly("reference");
        assertThat(fieldsOf(adjustWithoutReason.body())).containsExactly("reason");
        assertThat(fieldsOf(pastExpiry.body())).containsExactly("expiresAt");
        assertThat(unknownCustomer.status()).isEqualTo(404);
        assertThat(unknownReference.status()).isEqualTo(404);
        assertThat(supervisor.get("/api/v1/loyalty/accounts/" + customer).body().get("lastSequence").asLong())
                .isZero();
    }

    @Test
    void rolesDecideWhoMayPostWhat() {
        String customer = newCustomer(asAdmin());
        posted(asNewStaff(Role.SUPERVISOR), customer, earn(100, null));
        ApiClient agent = asNewStaff(Role.AGENT);

        assertThat(post(agent, customer, earn(10, null)).status()).isEqualTo(403);
        assertThat(post(agent, customer, Map.of("type", "ADJUST", "points", 5, "reason", "why")).status())
                .isEqualTo(403);
        assertThat(post(agent, customer, redeem(10, null)).status()).isEqualTo(201);
        assertThat(post(asNewStaff(Role.INTEGRATOR), customer, earn(10, null)).status()).isEqualTo(201);
        assertThat(post(asNewStaff(Role.INTEGRATOR), customer,
                Map.of("type", "ADJUST", "points", 5, "reason", "why")).status()).isEqualTo(403);
        assertThat(post(asNewStaff(Role.ANALYST), customer, redeem(10, null)).status()).isEqualTo(403);
        assertThat(asNewStaff(Role.ANALYST).get("/api/v1/loyalty/accounts/" + customer).status()).isEqualTo(200);
        assertThat(asNewStaff(Role.HR).get("/api/v1/loyalty/accounts/" + customer).status()).isEqualTo(403);
        assertThat(asNewStaff(Role.AGENT).get("/api/v1/loyalty/points/liability").status()).isEqualTo(403);
    }

    @Test
    void aRefundReversesTheEarnOnceAndTheStatementShowsTheRunningBalance() {
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        String customer = newCustomer(asAdmin());
        String order = "order-" + UUID.randomUUID();
        posted(supervisor, customer, earn(100, order));
        posted(supervisor, customer, redeem(30, null));
        posted(supervisor, customer, earn(50, null));

        ApiResponse refund = post(supervisor, customer, reverse(order));
        ApiResponse refundAgain = post(supervisor, customer, reverse(order));
        ApiResponse sameOrderAgain = post(supervisor, customer, earn(100, order));
        ApiResponse sameOrderOtherPoints = post(supervisor, customer, earn(90, order));

        assertThat(refund.status()).isEqualTo(201);
        JsonNode reversal = refund.body().get("entry");
        assertThat(reversal.get("type").asString()).isEqualTo("REVERSAL");
        // 70 of the order's 100 points were left in its lot; the other 30 came from the later earn.
        assertThat(reversal.get("points").asLong()).isEqualTo(-100);
        assertThat(reversal.get("shortfall").asLong()).isZero();
        assertThat(refundAgain.status()).isEqualTo(200);
        assertThat(refundAgain.body().get("replayed").asBoolean()).isTrue();
        assertThat(refundAgain.body().get("entry").get("id").asString()).isEqualTo(reversal.get("id").asString());
        assertThat(sameOrderAgain.status()).isEqualTo(200);
        assertThat(sameOrderOtherPoints.status()).isEqualTo(409);
        assertThat(fieldsOf(sameOrderOtherPoints.body())).containsExactly("sourceRef");

        ApiResponse statement = supervisor.get("/api/v1/loyalty/accounts/" + customer + "/statement?size=2&page=1");
        assertThat(statement.body().get("total").asLong()).isEqualTo(4);
        List<Long> running = new ArrayList<>();
        statement.body().get("items").values().forEach(e -> running.add(e.get("balanceAfter").asLong()));
        assertThat(running).containsExactly(120L, 20L);
        ApiResponse firstPage = supervisor.get("/api/v1/loyalty/accounts/" + customer + "/statement?size=2");
        assertThat(firstPage.body().get("items").get(0).get("balanceAfter").asLong()).isEqualTo(100);
        assertThat(firstPage.body().get("items").get(1).get("lots").get(0).get("points").asLong()).isEqualTo(-30);
        assertThat(balance(supervisor, customer)).isEqualTo(20);
    }

    @Test
    void aCancelledRedemptionGivesBackThePointsWithTheirExpiry() {
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        String customer = newCustomer(asAdmin());
        Instant expiry = Instant.now().plus(400, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        posted(supervisor, customer, withExpiry(earn(60, null), expiry));
        String voucher = "voucher-" + UUID.randomUUID();
        posted(supervisor, customer, redeem(60, voucher));

        ApiResponse cancel = post(supervisor, customer, reverse(voucher));

        assertThat(cancel.status()).isEqualTo(201);
        assertThat(cancel.body().get("entry").get("type").asString()).isEqualTo("REDEMPTION_CANCELLED");
        JsonNode account = supervisor.get("/api/v1/loyalty/accounts/" + customer).body();
        assertThat(account.get("balance").asLong()).isEqualTo(60);
        assertThat(Instant.parse(account.get("lots").get(0).get("expiresAt").asString())).isEqualTo(expiry);
    }

    @Test
    void theLiabilityListsOutstandingPointsByTheMonthTheyExpireIn() {
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        String customer = newCustomer(asAdmin());
        // Far-future months of their own, so other tests' points do not mix in.
        posted(supervisor, customer, withExpiry(earn(70, null), Instant.parse("2091-07-20T00:00:00Z")));
        posted(supervisor, customer, withExpiry(earn(30, null), Instant.parse("2091-07-31T10:00:00Z")));
        posted(supervisor, customer, withExpiry(earn(5, null), Instant.parse("2091-08-01T00:00:00Z")));
        posted(supervisor, customer, redeem(20, null));

        ApiResponse liability = asNewStaff(Role.ANALYST).get("/api/v1/loyalty/points/liability");

        assertThat(liability.status()).isEqualTo(200);
        Map<String, Long> months = new HashMap<>();
        liability.body().get("months").values().forEach(m -> months.put(m.get("month").asString(),
                m.get("points").asLong()));
        // The redemption spent the earliest expiry (20 July) first; 1 August 00:00 UTC expires with July.
        assertThat(months).containsEntry("2091-07", 85L);
        assertThat(months).doesNotContainKey("2091-08");
        assertThat(liability.body().get("outstanding").asLong()).isGreaterThanOrEqualTo(85);
    }

    @Test
    void theRedemptionRateIsPointsRedeemedOverPointsEarnedInThePeriod() {
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        String customer = newCustomer(asAdmin());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String period = "/api/v1/loyalty/points/redemption-rate?from=" + today.minusDays(1) + "&to=" + today;
        JsonNode before = supervisor.get(period).body();

        posted(supervisor, customer, earn(1_000, null));
        posted(supervisor, customer, redeem(300, null));
        String voucher = "v-" + UUID.randomUUID();
        posted(supervisor, customer, redeem(100, voucher));
        posted(supervisor, customer, reverse(voucher));
        JsonNode after = supervisor.get(period).body();

        assertThat(after.get("earned").asLong() - before.get("earned").asLong()).isEqualTo(1_000);
        assertThat(after.get("redeemed").asLong() - before.get("redeemed").asLong()).isEqualTo(300);
        assertThat(after.get("rate").decimalValue().doubleValue())
                .isEqualTo((double) after.get("redeemed").asLong() / after.get("earned").asLong(),
                        org.assertj.core.data.Offset.offset(0.0001));
        ApiResponse missing = supervisor.get("/api/v1/loyalty/points/redemption-rate?from=" + today);
        ApiResponse backwards = supervisor.get("/api/v1/loyalty/points/redemption-rate?from=" + today + "&to="
                + today.minusDays(3));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fieldsOf(missing.body())).containsExactly("to");
        assertThat(backwards.status()).isEqualTo(400);
    }

    @Test
    void theCustomer360ShowsTheBalanceAndThePointsExpiringWithin90Days() {
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        String customer = newCustomer(asAdmin());
        posted(supervisor, customer, withExpiry(earn(40, null), Instant.now().plus(30, ChronoUnit.DAYS)));
        posted(supervisor, customer, earn(100, null));

        JsonNode loyalty = supervisor.get("/api/v1/customers/" + customer + "/360").body().get("loyalty");

        assertThat(loyalty.get("pointsBalance").asLong()).isEqualTo(140);
        assertThat(loyalty.get("pointsExpiringSoon").asLong()).isEqualTo(40);
        JsonNode account = supervisor.get("/api/v1/loyalty/accounts/" + customer).body();
        assertThat(account.get("expiringSoon").asLong()).isEqualTo(40);
        assertThat(account.get("available").asLong()).isEqualTo(140);
    }

    static Map<String, Object> withExpiry(Map<String, Object> body, Instant expiresAt) {
        body.put("expiresAt", expiresAt.toString());
        return body;
    }

    static long balance(ApiClient client, String customer) {
        return client.get("/api/v1/loyalty/accounts/" + customer).body().get("balance").asLong();
    }
}
