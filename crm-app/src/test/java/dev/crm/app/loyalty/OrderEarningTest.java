package dev.crm.app.loyalty;

import static dev.crm.app.loyalty.LoyaltyFixtures.aProgram;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.Role;
import dev.crm.loyalty.application.LevelReviewPass;
import dev.crm.loyalty.application.OrderEarningPass;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Orders earn points through the order feed; levels follow the points. Owns the one AUTOMATIC program. */
class OrderEarningTest extends ApiIntegrationTest {

    @Autowired
    OrderEarningPass orderEarning;

    @Autowired
    LevelReviewPass levelReview;

    @Autowired
    Clock clock;

    @Test
    void ordersEarnByTheirRuleAtTheLevelMultiplierWithinTheCapAndOnlyOnce() throws Exception {
        ApiClient admin = asAdmin();
        String program = LoyaltyFixtures.define(admin, aProgram("Earning club")
                .perUnit("BASE", "1", null, null, null)
                .perUnit("SHOES", "2", List.of("shoes"), null, null)
                .perUnit("SHOES_APP", "3", List.of("shoes"), List.of("app"), Map.of("points", 500, "period", "YEAR")));
        String customer = LoyaltyFixtures.newCustomer(admin);
        assertThat(admin.post("/api/v1/loyalty/programs/" + program + "/members", Map.of("customerId", customer))
                .status()).isEqualTo(201);
        String orderedAt = clock.instant().minus(Duration.ofDays(1)).toString();
        String u = UUID.randomUUID().toString();
        LoyaltyFixtures.orderFor(admin, customer, "E1-" + u, "600", "books", "store", orderedAt);
        LoyaltyFixtures.orderFor(admin, customer, "E2-" + u, "300", "Shoes", "store", orderedAt);
        LoyaltyFixtures.orderFor(admin, customer, "E3-" + u, "100", "shoes", "APP", orderedAt);
        LoyaltyFixtures.orderFor(admin, customer, "E4-" + u, "100", "shoes", "app", orderedAt);

        Instant passAt = clock.instant().plus(Duration.ofMinutes(2));
        assertThat(orderEarning.run(passAt).ran()).isTrue();

        Map<String, Long> points = orderPoints(customer);
        // 600 × 1; 300 × 2 reaches Silver (1,200 points); then 100 × 3 × 1.5 = 450; the next 450 is capped to 50.
        assertThat(points).containsEntry("order:E1-" + u, 600L).containsEntry("order:E2-" + u, 600L)
                .containsEntry("order:E3-" + u, 450L).containsEntry("order:E4-" + u, 50L);
        JsonNode member = admin.get("/api/v1/loyalty/members/" + customer).body();
        assertThat(member.get("levelCode").asString()).isEqualTo("SILVER");

        // Again, and two nodes at once: nothing is awarded twice.
        LoyaltyFixtures.orderFor(admin, customer, "E5-" + u, "10", "books", "store", orderedAt);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Callable<OrderEarningPass.Outcome> pass = () -> orderEarning.run(passAt.plusSeconds(1));
            List<Future<OrderEarningPass.Outcome>> runs = nodes.invokeAll(List.of(pass, pass));
            for (Future<OrderEarningPass.Outcome> run : runs) {
                run.get();
            }
        } finally {
            nodes.shutdown();
        }
        orderEarning.run(passAt.plusSeconds(2));
        Map<String, Long> after = orderPoints(customer);
        assertThat(after).hasSize(5).containsEntry("order:E5-" + u, 15L);
        assertThat(admin.get("/api/v1/loyalty/members/" + customer + "/awards?size=200").body().get("total")
                .asLong()).isEqualTo(5);
    }

    @Test
    void aRefundReversesTheOrdersAwardOnce() {
        ApiClient admin = asAdmin();
        String program = LoyaltyFixtures.define(admin, aProgram("Refund club").perUnit("BASE", "1", null, null, null));
        String customer = LoyaltyFixtures.newCustomer(admin);
        admin.post("/api/v1/loyalty/programs/" + program + "/members", Map.of("customerId", customer));
        String ref = "R-" + UUID.randomUUID();
        LoyaltyFixtures.orderFor(admin, customer, ref, "250", "books", "store",
                clock.instant().minus(Duration.ofHours(1)).toString());
        OrderEarningPass.Outcome earned = orderEarning.run(clock.instant().plus(Duration.ofMinutes(2)));
        assertThat(earned.awarded()).as("%s", earned).isGreaterThanOrEqualTo(1);
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);

        ApiResponse reversed = supervisor.post("/api/v1/loyalty/order-awards/" + ref + "/reversal", Map.of());
        ApiResponse again = supervisor.post("/api/v1/loyalty/order-awards/" + ref + "/reversal", Map.of());

        assertThat(reversed.status()).as("%s", reversed).isEqualTo(201);
        assertThat(reversed.body().get("points").asLong()).isEqualTo(-250);
        assertThat(reversed.body().get("kind").asString()).isEqualTo("REVERSAL");
        assertThat(reversed.body().get("reverses").asString()).isNotBlank();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("id").asString()).isEqualTo(reversed.body().get("id").asString());
        assertThat(supervisor.post("/api/v1/loyalty/order-awards/NO-SUCH-ORDER/reversal", Map.of()).status())
                .isEqualTo(404);
        assertThat(asNewStaff(Role.AGENT).post("/api/v1/loyalty/order-awards/" + ref + "/reversal", Map.of())
                .status()).isEqualTo(403);
    }

    @Test
    void aMemberKeepsTheLevelThroughTheGracePeriodAndThenDrops() {
        ApiClient admin = asAdmin();
        String program = LoyaltyFixtures.define(admin, aProgram("Grace club").perUnit("BASE", "10", null, null, null));
        String customer = LoyaltyFixtures.newCustomer(admin);
        admin.post("/api/v1/loyalty/programs/" + program + "/members", Map.of("customerId", customer));
        Instant now = clock.instant();
        LoyaltyFixtures.orderFor(admin, customer, "G-" + UUID.randomUUID(), "600", "books", "store",
                now.minus(Duration.ofDays(1)).toString());
        OrderEarningPass.Outcome earned = orderEarning.run(now.plus(Duration.ofMinutes(2)));
        assertThat(levelOf(customer)).as("%s", earned).isEqualTo("GOLD");

        // The 6,000 points leave the 12-month window; the member keeps Gold for the 30 days of grace.
        Instant windowPassed = now.plus(Duration.ofDays(400));
        LevelReviewPass.Outcome review = levelReview.run(windowPassed);
        assertThat(review.ran()).isTrue();
        JsonNode inGrace = admin.get("/api/v1/loyalty/members/" + customer).body();
        assertThat(inGrace.get("levelCode").asString()).as("%s %s", review, inGrace).isEqualTo("GOLD");
        assertThat(inGrace.get("graceUntil").isNull()).as("%s %s", review, inGrace).isFalse();
        assertThat(Instant.parse(inGrace.get("graceUntil").asString()))
                .isEqualTo(windowPassed.plus(Duration.ofDays(30)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        levelReview.run(windowPassed.plus(Duration.ofDays(29)));
        assertThat(levelOf(customer)).isEqualTo("GOLD");

        levelReview.run(windowPassed.plus(Duration.ofDays(30)));

        JsonNode dropped = admin.get("/api/v1/loyalty/members/" + customer).body();
        assertThat(dropped.get("levelCode").asString()).isEqualTo("MEMBER");
        assertThat(dropped.get("graceUntil").isNull()).isTrue();
        assertThat(dropped.get("history").values().stream().map(h -> h.get("toLevel").asString()).toList())
                .containsExactly("MEMBER", "GOLD", "MEMBER");
    }

    @Test
    void theAutomaticProgramEnrolsACustomerOnTheFirstOrder() {
        ApiClient admin = asAdmin();
        String program = LoyaltyFixtures.define(admin, aProgram("Automatic club").automatic()
                .perUnit("BASE", "1", null, null, null).fixed("WELCOME", 50, false, null));
        String customer = LoyaltyFixtures.customerWithOrder(admin, "120.50", "books", "online",
                clock.instant().minus(Duration.ofHours(2)).toString());

        OrderEarningPass.Outcome outcome = orderEarning.run(clock.instant().plus(Duration.ofMinutes(2)));

        assertThat(outcome.enrolled()).isGreaterThanOrEqualTo(1);
        JsonNode member = admin.get("/api/v1/loyalty/members/" + customer).body();
        assertThat(member.get("programId").asString()).isEqualTo(program);
        assertThat(member.get("enrolment").asString()).isEqualTo("AUTOMATIC");
        Map<String, Long> byKind = new HashMap<>();
        admin.get("/api/v1/loyalty/members/" + customer + "/awards").body().get("items").values()
                .forEach(a -> byKind.put(a.get("kind").asString(), a.get("points").asLong()));
        assertThat(byKind).containsEntry("WELCOME", 50L).containsEntry("ORDER", 120L);
        // Only one program may enrol automatically.
        ApiResponse second = admin.post("/api/v1/loyalty/programs", aProgram("Second automatic").automatic().body());
        assertThat(second.status()).isEqualTo(409);
        assertThat(LoyaltyFixtures.fields(second.body())).containsExactly("enrolment");
    }

    private String levelOf(String customer) {
        return asAdmin().get("/api/v1/loyalty/members/" + customer).body().get("levelCode").asString();
    }

    private Map<String, Long> orderPoints(String customer) {
        Map<String, Long> points = new HashMap<>();
        asAdmin().get("/api/v1/loyalty/members/" + customer + "/awards?size=200").body().get("items").values()
                .forEach(a -> points.put(a.get("sourceRef").asString(), a.get("points").asLong()));
        return points;
    }
}
