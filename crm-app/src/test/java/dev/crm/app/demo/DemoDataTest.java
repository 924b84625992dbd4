package dev.crm.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiResponse;
import dev.crm.complaint.api.ComplaintState;
import dev.crm.customer.api.CustomerActivity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The demo data flag on a fresh store: the data set is seeded at start, through the API, once.
 *
 * <p>Its own application context (not {@code ApiIntegrationTest}'s shared one): the flag replaces the
 * clock and fills the store with a year of data that other tests' counts must not see, and the
 * background passes stay on as in a real demo (the order earning pass every two seconds, so the test
 * sees the points from orders without waiting a minute).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoDataTest {

    private static final String PASSWORD = "Demo-Service-2026";
    private static final Path DATA_DIR = temporaryDirectory("crm-demo-data");
    private static final Path PLUGINS_DIR = temporaryDirectory("crm-demo-plugins");

    @LocalServerPort
    int port;

    @Autowired
    DemoDataSeeder seeder;

    @Autowired
    CustomerActivity activity;

    @Autowired
    MongoTemplate mongo;

    @DynamicPropertySource
    static void demoStore(DynamicPropertyRegistry registry) {
        registry.add("crm.data-dir", DATA_DIR::toString);
        registry.add("crm.plugins.dir", PLUGINS_DIR::toString);
        registry.add("crm.security.admin-password", () -> "Harbour-Lantern-2026");
        // Cheap hashes keep the many signed-in seeding requests fast; production uses the default.
        registry.add("crm.security.bcrypt-strength", () -> "4");
        registry.add("crm.demo-data.enabled", () -> "true");
        registry.add("crm.loyalty.order-earning.interval", () -> "PT2S");
        registry.add("crm.loyalty.order-earning.settle", () -> "PT1S");
        registry.add("crm.channels.polling.enabled", () -> "false");
    }

    @Test
    void everyAreaIsSeeded() {
        ApiClient supervisor = as("chen.jing");
        ApiClient hr = as("sun.li");
        Document marker = mongo.findById("demo-data-set", Document.class, "demo_data");
        assertThat(marker).isNotNull();
        assertThat(marker.getString("state")).isEqualTo("SEEDED");

        assertThat(total(supervisor.get("/api/v1/customers?size=1"))).isGreaterThanOrEqualTo(200);
        Instant now = Instant.now();
        assertThat(activity.orders(now.minus(Duration.ofDays(400)), now.plusSeconds(60))).isBetween(1300L, 1800L);
        assertThat(activity.activeCustomers(now.minus(Duration.ofDays(400)), now.plusSeconds(60))).isEqualTo(200);
        ApiClient analyst = as("huang.xin");
        assertThat(analyst.get("/api/v1/clv/fits/latest").status()).isEqualTo(200);
        for (String tier : List.of("A", "B", "C", "D")) {
            assertThat(total(analyst.get("/api/v1/customers?size=1&tier=" + tier))).as("tier %s", tier).isPositive();
        }
        assertThat(total(analyst.get("/api/v1/customers?size=1&stage=CHURN"))).isPositive();

        JsonNode programs = supervisor.get("/api/v1/loyalty/programs").body();
        String program = null;
        for (JsonNode candidate : programs.get("items").values()) {
            if ("AUTOMATIC".equals(candidate.get("enrolment").asString())) {
                program = candidate.get("id").asString();
            }
        }
        assertThat(program).as("the demo program").isNotNull();
        assertThat(total(supervisor.get("/api/v1/loyalty/programs/" + program + "/members?size=1")))
                .isGreaterThanOrEqualTo(14);
        assertThat(supervisor.get("/api/v1/loyalty/reports/redemptions").status()).isEqualTo(200);
        JsonNode liability = supervisor.get("/api/v1/loyalty/points/liability").body();
        assertThat(liability.get("outstanding").asLong()).isPositive();
        // The order earning pass credits the year's orders on its own, shortly after the seeding.
        String firstCustomer = supervisor.get("/api/v1/customers?externalRef=ERP-C0001").body().get("items").get(0)
                .get("id").asString();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                supervisor.get("/api/v1/loyalty/accounts/" + firstCustomer + "/statement?size=200").body().toString())
                .contains("PURCHASE"));

        ApiClient agent = as("wang.fang");
        assertThat(total(agent.get("/api/v1/complaints/queue?size=1"))).isPositive();
        assertThat(total(supervisor.get("/api/v1/complaints?breached=true&size=1"))).isPositive();
        assertThat(total(supervisor.get("/api/v1/return-visits?status=ANSWERED&size=1"))).isGreaterThanOrEqualTo(5);
        JsonNode problems = supervisor.get("/api/v1/problems?size=20").body();
        assertThat(problems.get("total").asLong()).isPositive();

        assertThat(total(hr.get("/api/v1/training/courses?size=1"))).isGreaterThanOrEqualTo(6);
        assertThat(total(hr.get("/api/v1/training/certificates?staff=zhang.min"))).isPositive();
        assertThat(total(hr.get("/api/v1/training/qa-reviews?reviewee=wang.fang"))).isPositive();
        assertThat(total(hr.get("/api/v1/training/enrolments?staff=wang.fang"))).isGreaterThanOrEqualTo(3);
        assertThat(hr.get("/api/v1/training/courses/CS-201/evaluation").status()).isEqualTo(200);
        String year = String.valueOf(java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear());
        ApiResponse scorecard = hr.get("/api/v1/training/scorecards/wang.fang?period=" + year);
        assertThat(scorecard.status()).as("%s", scorecard).isEqualTo(200);
        ApiResponse attempt = agent.post("/api/v1/training/assessments/" + DemoTraining.EXAM + "/attempts",
                java.util.Map.of());
        assertThat(attempt.status()).as("the demo agent can take the exam: %s", attempt).isEqualTo(201);
    }

    @Test
    void complaintsExistInEveryStateOfTheLifecycle() {
        ApiClient supervisor = as("chen.jing");
        Set<ComplaintState> seen = EnumSet.noneOf(ComplaintState.class);
        List<String> missing = new ArrayList<>();
        for (ComplaintState state : ComplaintState.values()) {
            // Archived complaints leave the everyday search; the archive register lists them, for a purpose.
            ApiResponse found = state == ComplaintState.ARCHIVED
                    ? supervisor.get("/api/v1/archive?purpose=AUDIT&size=1")
                    : supervisor.get("/api/v1/complaints?state=" + state + "&size=1");
            assertThat(found.status()).as("%s: %s", state, found).isEqualTo(200);
            if (total(found) > 0) {
                seen.add(state);
            } else {
                missing.add(state.name());
            }
        }
        assertThat(missing).as("states without a demo complaint").isEmpty();
        assertThat(seen).containsExactlyInAnyOrder(ComplaintState.values());
    }

    @Test
    void seedingAgainAddsNothing() {
        ApiClient supervisor = as("chen.jing");
        long customers = total(supervisor.get("/api/v1/customers?size=1"));
        long openComplaints = total(supervisor.get("/api/v1/complaints?size=1"));

        assertThat(seeder.seed("http://127.0.0.1:" + port)).isEmpty();

        assertThat(total(supervisor.get("/api/v1/customers?size=1"))).isEqualTo(customers);
        assertThat(total(supervisor.get("/api/v1/complaints?size=1"))).isEqualTo(openComplaints);
        assertThat(mongo.getCollection("demo_data").countDocuments()).isEqualTo(1);
    }

    @Test
    void theDemoStaffSignInWithTheDocumentedPassword() {
        assertThat(DemoDataSeeder.demoUsernames()).contains("wang.fang", "chen.jing", "sun.li", "huang.xin");
        for (String username : DemoDataSeeder.demoUsernames()) {
            ApiResponse me = as(username).get("/api/v1/me");
            assertThat(me.status()).as("%s: %s", username, me).isEqualTo(200);
            assertThat(me.body().get("username").asString()).isEqualTo(username);
        }
        assertThat(ApiClient.signedIn(baseUrl(), "wang.fang", "wrong-password-2026").get("/api/v1/me").status())
                .isEqualTo(401);
    }

    private ApiClient as(String username) {
        return ApiClient.signedIn(baseUrl(), username, PASSWORD);
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    private static long total(ApiResponse page) {
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        return page.body().get("total").asLong();
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
