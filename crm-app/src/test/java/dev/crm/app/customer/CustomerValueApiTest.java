package dev.crm.app.customer;

import static dev.crm.app.support.Jobs.awaitFinished;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.Role;
import dev.crm.customer.api.CustomerDirectory;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The value pipeline end to end: orders in, a BG/NBD + Gamma-Gamma fit, a scoring run, and what
 * a customer's value, tier, stage, tasks and 360 then show. Histories are relative to today so
 * the stages are known: a loyal customer (12 purchase days over 500 days, last 5 days ago) is
 * mature, a lapsed one (last order 600 days ago) has churned, a new one is being acquired.
 */
class CustomerValueApiTest extends ApiIntegrationTest {

    private static final String HEADER = "customerRef,orderRef,orderedAt,amount,currency,margin";

    @Autowired
    CustomerDirectory directory;

    private final String u = UUID.randomUUID().toString().substring(0, 8);
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private ApiClient analyst;

    @BeforeEach
    void loadOrders() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 12; i++) {
            csv.append(row("LOYAL-" + u, "L" + i, today.minusDays(5 + 45L * i), "200", "50"));
        }
        for (int i = 0; i < 3; i++) {
            csv.append(row("LAPSED-" + u, "P" + i, today.minusDays(600 + 50L * i), "80", ""));
        }
        csv.append(row("NEW-" + u, "N0", today.minusDays(10), "120", ""));
        Random random = new Random(42);
        for (int c = 0; c < 60; c++) {
            long first = 60 + random.nextInt(400);
            int repeats = random.nextInt(6);
            csv.append(row("POP-" + c + "-" + u, "F", today.minusDays(first), String.valueOf(40 + random.nextInt(200)),
                    ""));
            for (int r = 0; r < repeats; r++) {
                csv.append(row("POP-" + c + "-" + u, "R" + r, today.minusDays(random.nextLong(first)),
                        String.valueOf(40 + random.nextInt(200)), ""));
            }
        }
        ApiClient admin = asAdmin();
        ApiResponse imported = awaitFinished(admin, admin.postRaw("/api/v1/orders/import", "text/csv",
                csv.toString()));
        assertThat(imported.body().get("rowsFailed").asLong()).as("%s", imported).isZero();
        analyst = asNewStaff(Role.ANALYST);
    }

    private String row(String customer, String order, LocalDate day, String amount, String margin) {
        return customer + "," + customer + "-" + order + "," + day + "," + amount + ",CNY," + margin + "\n";
    }

    @Test
    void aFitIsAJobWhoseResultIsTheLatestFitWithFiniteParameters() {
        ApiResponse started = analyst.post("/api/v1/clv/fits", Map.of("asOf", today.toString(), "timeUnit", "WEEKS"));
        assertThat(started.body().get("kind").asString()).isEqualTo("clv-fit");

        ApiResponse job = awaitFinished(analyst, started);

        assertThat(job.body().get("state").asString()).as("%s", job).isEqualTo("COMPLETED");
        JsonNode result = job.body().get("result");
        ApiResponse fit = analyst.get("/api/v1/clv/fits/" + result.get("fitId").asString());
        assertThat(fit.status()).as("%s", fit).isEqualTo(200);
        for (String parameter : List.of("r", "alpha", "a", "b", "p", "q", "gamma")) {
            double value = fit.body().get(parameter).asDouble();
            assertThat(value).as(parameter).isPositive().isFinite();
            assertThat(result.get(parameter).asDouble()).as("the job's %s", parameter).isEqualTo(value);
        }
        assertThat(fit.body().get("bgNbdLogLikelihood").asDouble()).isNegative();
        assertThat(fit.body().get("customers").asInt()).isGreaterThanOrEqualTo(63);
        assertThat(fit.body().get("repeatCustomers").asInt()).isPositive();
        assertThat(fit.body().get("timeUnit").asString()).isEqualTo("WEEKS");
        assertThat(result.get("customers").asInt()).isEqualTo(fit.body().get("customers").asInt());
        assertThat(analyst.get("/api/v1/clv/fits/latest").body().get("id").asString())
                .isEqualTo(fit.body().get("id").asString());
        assertThat(analyst.get("/api/v1/clv/fits/no-such-fit").status()).isEqualTo(404);
    }

    @Test
    void aFitReportsItsStagesAsItGoes() {
        String location = analyst.post("/api/v1/clv/fits", Map.of("asOf", today.toString(), "timeUnit", "DAYS"))
                .header("Location");
        // Every distinct (stage, rowsDone, rowsTotal) the poller saw, in order.
        List<String> seen = new ArrayList<>();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(5)).until(() -> {
            JsonNode job = analyst.get(location).body();
            String state = job.get("state").asString();
            String reading = job.path("stage").asString("") + ":" + job.get("rowsDone").asLong() + "/"
                    + job.path("rowsTotal").asString("?");
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(reading)) {
                seen.add(reading);
            }
            return state.equals("COMPLETED") || state.equals("FAILED");
        });
        JsonNode done = analyst.get(location).body();
        assertThat(done.get("state").asString()).as("%s", done).isEqualTo("COMPLETED");
        // The last stage's count is the Gamma-Gamma optimiser's evaluations: a fit spends hundreds.
        assertThat(done.get("stage").asString()).isEqualTo("fitting-gamma-gamma");
        assertThat(done.get("rowsDone").asLong()).isGreaterThan(100);
        assertThat(done.path("rowsTotal").isNull() || done.path("rowsTotal").isMissingNode())
                .as("the optimiser's evaluations have no total known in advance").isTrue();
        List<String> stages = seen.stream().map(reading -> reading.substring(0, reading.indexOf(':')))
                .filter(stage -> !stage.isEmpty()).distinct().toList();
        assertThat(stages).as("stages seen %s", seen).isNotEmpty()
                .isSubsetOf("loading-orders", "summarising-customers", "fitting-bg-nbd", "fitting-gamma-gamma")
                .endsWith("fitting-gamma-gamma");
        assertThat(seen).as("the stages come in order").isSortedAccordingTo(
                Comparator.comparingInt(CustomerValueApiTest::stageOrder));
    }

    /** The fit goes through its stages in this order; before the first one the job is queued. */
    private static int stageOrder(String reading) {
        return List.of("", "loading-orders", "summarising-customers", "fitting-bg-nbd", "fitting-gamma-gamma")
                .indexOf(reading.substring(0, reading.indexOf(':')));
    }

    @Test
    void badFitRequestsAreNamedAndAFitTheOrdersCannotSupportFailsWithItsReason() {
        ApiResponse future = analyst.post("/api/v1/clv/fits", Map.of("asOf", today.plusDays(2).toString(),
                "timeUnit", "DAYS"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(OrdersApiTest.fields(future.body())).containsExactly("asOf");

        ApiResponse noUnit = analyst.post("/api/v1/clv/fits", Map.of("asOf", today.toString()));
        assertThat(noUnit.status()).isEqualTo(400);
        assertThat(noUnit.rawBody()).contains("timeUnit");

        ApiResponse beforeAnyOrder = awaitFinished(analyst, analyst.post("/api/v1/clv/fits",
                Map.of("asOf", "2000-01-01", "timeUnit", "DAYS")));
        assertThat(beforeAnyOrder.body().get("state").asString()).isEqualTo("FAILED");
        assertThat(beforeAnyOrder.body().get("failureReason").asString())
                .isEqualTo("no customer bought in CNY before 2000-01-01; there is nothing to fit");
        assertThat(asNewStaff(Role.AGENT).post("/api/v1/clv/fits", Map.of("asOf", today.toString(),
                "timeUnit", "DAYS")).status()).isEqualTo(403);
    }

    @Test
    void aScoringRunValuesEveryCustomerAndRecordsStagesTiersAndRetentionTasks() {
        assertThat(awaitFinished(analyst, analyst.post("/api/v1/clv/fits", Map.of("asOf", today.toString(),
                "timeUnit", "DAYS"))).body().get("state").asString()).isEqualTo("COMPLETED");

        ApiResponse run = awaitFinished(analyst, analyst.post("/api/v1/customer-scoring/runs", Map.of()));

        assertThat(run.body().get("state").asString()).as("%s", run).isEqualTo("COMPLETED");
        assertThat(run.body().get("result").get("customersScored").asLong()).isGreaterThanOrEqualTo(63);
        String loyal = idOf("LOYAL-" + u);
        JsonNode value = analyst.get("/api/v1/customers/" + loyal + "/value").body().get("scored");
        assertThat(value.get("stage").asString()).isEqualTo("MATURITY");
        assertThat(value.at("/rfm/frequency").asLong()).isEqualTo(12);
        assertThat(value.at("/rfm/recencyDays").asLong()).isEqualTo(5);
        assertThat(value.at("/rfm/recencyScore").asInt()).isBetween(4, 5);
        assertThat(value.get("historicClv").decimalValue()).isEqualByComparingTo("600.00");
        assertThat(value.at("/prediction/probabilityAlive").asDouble()).isBetween(0.5, 1.0);
        assertThat(value.at("/prediction/expectedPurchases").asDouble()).isPositive();
        assertThat(value.at("/prediction/discountedClv").decimalValue()).isPositive();
        assertThat(value.get("tier").asString()).isIn("A", "B", "C", "D");

        String lapsed = idOf("LAPSED-" + u);
        JsonNode lapsedValue = analyst.get("/api/v1/customers/" + lapsed + "/value").body().get("scored");
        assertThat(lapsedValue.get("stage").asString()).isEqualTo("CHURN");
        assertThat(lapsedValue.get("historicClv").decimalValue()).as("amount × 0.30 margin rate")
                .isEqualByComparingTo("72.00");
        assertThat(analyst.get("/api/v1/customers/" + idOf("NEW-" + u) + "/value").body().at("/scored/stage")
                .asString()).isEqualTo("ACQUISITION");
        ApiClient agent = asNewStaff(Role.AGENT);
        JsonNode tasks = agent.get("/api/v1/customer-tasks?status=OPEN&customerId=" + lapsed).body();
        assertThat(tasks.get("total").asLong()).isEqualTo(1);
        assertThat(tasks.at("/items/0/kind").asString()).isEqualTo("RETENTION_CALL");
        List<String> changes = kinds(analyst.get("/api/v1/customers/" + loyal + "/value-changes").body());
        assertThat(changes).contains("STAGE:MATURITY").anyMatch(change -> change.startsWith("TIER:"));

        ApiResponse again = awaitFinished(analyst, analyst.post("/api/v1/customer-scoring/runs", Map.of()));

        assertThat(again.body().get("state").asString()).isEqualTo("COMPLETED");
        assertThat(kinds(analyst.get("/api/v1/customers/" + loyal + "/value-changes").body()))
                .as("an unchanged customer gets no new change record").hasSameSizeAs(changes);
        assertThat(agent.get("/api/v1/customer-tasks?customerId=" + lapsed).body().get("total").asLong())
                .as("no second retention task").isEqualTo(1);
        String taskId = tasks.at("/items/0/id").asString();
        ApiResponse done = agent.post("/api/v1/customer-tasks/" + taskId + "/complete",
                Map.of("outcome", "Called; offered a voucher"));
        assertThat(done.body().get("status").asString()).isEqualTo("DONE");
        assertThat(agent.post("/api/v1/customer-tasks/" + taskId + "/complete", Map.of("outcome", "again"))
                .status()).isEqualTo(409);
    }

    @Test
    void tierRulesAreDataAndAComplaintSlaPolicyCanConditionOnTheTier() {
        ApiClient admin = asAdmin();
        JsonNode defaults = admin.get("/api/v1/value-rules").body();
        String policyId = "core-" + u;
        try {
            Map<String, Object> everyBuyerIsCore = new HashMap<>();
            everyBuyerIsCore.put("tierRules", List.of(Map.of("tier", "A", "minRfmScore", 3)));
            everyBuyerIsCore.put("stageRules", defaults.get("stageRules"));
            everyBuyerIsCore.put("stageActions", defaults.get("stageActions"));
            ApiResponse replaced = admin.put("/api/v1/value-rules", everyBuyerIsCore);
            assertThat(replaced.status()).as("%s", replaced).isEqualTo(200);
            assertThat(awaitFinished(analyst, analyst.post("/api/v1/customer-scoring/runs", Map.of()))
                    .body().get("state").asString()).isEqualTo("COMPLETED");
            String loyal = idOf("LOYAL-" + u);
            JsonNode value = analyst.get("/api/v1/customers/" + loyal + "/value").body();
            assertThat(value.at("/scored/tier").asString()).isEqualTo("A");
            assertThat(value.at("/scored/tierSegment").asString()).isEqualTo("CORE");
            assertThat(value.at("/scored/tierReason").asString()).contains("RFM");
            assertThat(directory.findByContact("LOYAL-" + u).orElseThrow().valueTier().name()).isEqualTo("A");
            assertThat(analyst.get("/api/v1/customers?tier=A&q=LOYAL-" + u).body().get("total").asLong())
                    .isEqualTo(1);

            Map<String, Object> policy = new HashMap<>();
            policy.put("id", policyId);
            policy.put("name", "Core customers are accepted within an hour");
            policy.put("position", 1);
            policy.put("customerTiers", List.of("core"));
            policy.put("targets", Map.of("ACCEPT", "PT1H"));
            policy.put("active", true);
            assertThat(admin.post("/api/v1/sla-policies", policy).status()).isEqualTo(201);
            Map<String, Object> complaint = new HashMap<>(Map.of("channel", "EMAIL", "contactHint", "LOYAL-" + u,
                    "description", "Parcel arrived damaged", "impactScope", "SINGLE_CUSTOMER",
                    "occurredAt", today.minusDays(1) + "T08:00:00Z", "customerDemand", "Replacement"));
            ApiResponse registered = admin.post("/api/v1/complaints", complaint);
            assertThat(registered.status()).as("%s", registered).isEqualTo(201);
            JsonNode accept = registered.body().get("deadlines").values().stream()
                    .filter(d -> d.get("milestone").asString().equals("ACCEPT")).findFirst().orElseThrow();
            assertThat(accept.get("policyId").asString()).isEqualTo(policyId);
            assertThat(accept.get("targetMinutes").asLong()).isEqualTo(60);

            Map<String, Object> bad = new HashMap<>(everyBuyerIsCore);
            bad.put("tierRules", List.of(Map.of("tier", "A", "minRfmScore", 20)));
            ApiResponse refused = admin.put("/api/v1/value-rules", bad);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(OrdersApiTest.fields(refused.body())).containsExactly("tierRules[0].minRfmScore");
            assertThat(asNewStaff(Role.ANALYST).put("/api/v1/value-rules", everyBuyerIsCore).status())
                    .isEqualTo(403);
        } finally {
            admin.delete("/api/v1/sla-policies/" + policyId);
            admin.put("/api/v1/value-rules", defaults);
        }
    }

    @Test
    void the360ShowsProfileValueOrdersAndComplaintsAndMasksContactsForAnalysts() {
        String loyal = idOf("LOYAL-" + u);
        Map<String, Object> complaint = new HashMap<>(Map.of("channel", "PHONE", "contactHint", "LOYAL-" + u,
                "description", "Late delivery", "impactScope", "SINGLE_CUSTOMER",
                "occurredAt", today.minusDays(1) + "T08:00:00Z", "customerDemand", "Refund shipping"));
        String number = asAdmin().post("/api/v1/complaints", complaint).body().get("number").asString();
        Map<String, Object> profile = new HashMap<>(Map.of("displayName", "Loyal " + u,
                "externalRef", "LOYAL-" + u, "phone", "1390000" + (1000 + new Random().nextInt(8999))));
        assertThat(asAdmin().put("/api/v1/customers/" + loyal, profile).status()).isEqualTo(200);

        ApiResponse view = asNewStaff(Role.AGENT).get("/api/v1/customers/" + loyal + "/360");

        assertThat(view.status()).as("%s", view).isEqualTo(200);
        JsonNode body = view.body();
        assertThat(body.at("/profile/displayName").asString()).isEqualTo("Loyal " + u);
        assertThat(body.at("/profile/phone").asString()).doesNotContain("*");
        assertThat(body.get("recentOrders").size()).isEqualTo(10);
        assertThat(body.at("/recentOrders/0/orderRef").asString()).isEqualTo("LOYAL-" + u + "-L0");
        assertThat(body.at("/liveValue/orders").asLong()).isEqualTo(12);
        assertThat(body.at("/liveValue/historicClv").decimalValue()).isEqualByComparingTo("600.00");
        assertThat(body.at("/service/total").asLong()).isEqualTo(1);
        assertThat(body.at("/service/open/0/number").asString()).isEqualTo(number);
        assertThat(asNewStaff(Role.ANALYST).get("/api/v1/customers/" + loyal + "/360").body()
                .at("/profile/phone").asString()).contains("*");
    }

    @Test
    void segmentsByRulesListAndExportTheirMembersAndBadRulesAreNamed() {
        awaitFinished(analyst, analyst.post("/api/v1/customer-scoring/runs", Map.of()));
        String lapsed = idOf("LAPSED-" + u);
        Map<String, Object> definition = Map.of("name", "Churned with history " + u, "conditions", List.of(
                Map.of("field", "stage", "operator", "EQ", "values", List.of("churn")),
                Map.of("field", "historicClv", "operator", "GTE", "values", List.of("70")),
                Map.of("field", "orders", "operator", "LTE", "values", List.of("3"))));

        ApiResponse defined = analyst.post("/api/v1/segments", definition);

        assertThat(defined.status()).as("%s", defined).isEqualTo(201);
        assertThat(defined.body().get("memberCount").asLong()).isGreaterThanOrEqualTo(1);
        String id = defined.body().get("id").asString();
        List<String> memberIds = new java.util.ArrayList<>();
        analyst.get("/api/v1/segments/" + id + "/members?size=200").body().get("items").values()
                .forEach(member -> memberIds.add(member.get("id").asString()));
        assertThat(memberIds).contains(lapsed).doesNotContain(idOf("LOYAL-" + u));
        ApiResponse export = analyst.get("/api/v1/segments/" + id + "/export", "text/csv");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.rawBody()).startsWith("customerId,displayName,externalRef").contains(lapsed + ",")
                .contains("LAPSED-" + u);
        assertThat(export.rawBody().split("\r\n")).hasSize(memberIds.size() + 1);

        Map<String, Object> bad = Map.of("name", "Bad", "conditions", List.of(
                Map.of("field", "shoeSize", "operator", "EQ", "values", List.of("42")),
                Map.of("field", "tier", "operator", "GTE", "values", List.of("A")),
                Map.of("field", "stage", "operator", "EQ", "values", List.of("ASLEEP"))));
        ApiResponse refused = analyst.post("/api/v1/segments", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(OrdersApiTest.fields(refused.body())).contains("conditions[0].field", "conditions[1].operator",
                "conditions[2].values");
        assertThat(asNewStaff(Role.AGENT).get("/api/v1/segments/" + id + "/export", "text/csv").status())
                .isEqualTo(403);
    }

    @Test
    void kMeansClustersScoredCustomersIntoSegmentsThatPartitionThem() {
        awaitFinished(analyst, analyst.post("/api/v1/customer-scoring/runs", Map.of()));

        ApiResponse clustered = analyst.post("/api/v1/segments/clusters",
                Map.of("k", 3, "features", List.of("recencyDays", "frequency", "monetary")));

        assertThat(clustered.status()).as("%s", clustered).isEqualTo(200);
        List<JsonNode> clusters = clustered.body().values().stream().toList();
        assertThat(clusters).hasSize(3).allSatisfy(cluster -> {
            assertThat(cluster.get("kind").asString()).isEqualTo("CLUSTER");
            assertThat(cluster.get("memberCount").asLong()).isPositive();
            assertThat(cluster.at("/cluster/centroid/frequency").asDouble()).isPositive();
        });
        long clusteredCustomers = clusters.stream().mapToLong(c -> c.get("memberCount").asLong()).sum();
        ApiResponse scored = analyst.get("/api/v1/customers?size=1&stage=MATURITY");
        assertThat(clusteredCustomers).isGreaterThanOrEqualTo(63);
        assertThat(scored.status()).isEqualTo(200);
        String loyalCluster = analyst.get("/api/v1/customers/" + idOf("LOYAL-" + u) + "/value").body()
                .at("/scored/cluster").asString();
        assertThat(clusters).extracting(c -> c.get("id").asString()).contains(loyalCluster);

        ApiResponse again = analyst.post("/api/v1/segments/clusters", Map.of("k", 2));
        assertThat(again.body().size()).isEqualTo(2);
        assertThat(analyst.get("/api/v1/segments/" + clusters.get(0).get("id").asString()).body()
                .get("superseded").asBoolean()).isTrue();
        assertThat(OrdersApiTest.fields(analyst.post("/api/v1/segments/clusters", Map.of("k", 1)).body()))
                .containsExactly("k");
        assertThat(OrdersApiTest.fields(analyst.post("/api/v1/segments/clusters",
                Map.of("k", 3, "features", List.of("height"))).body())).containsExactly("features");
    }

    private String idOf(String externalRef) {
        return directory.findByContact(externalRef).orElseThrow().id().value();
    }

    private static List<String> kinds(JsonNode page) {
        return page.get("items").values().stream().map(c -> c.get("kind").asString() + ":" + c.get("to").asString())
                .toList();
    }
}
