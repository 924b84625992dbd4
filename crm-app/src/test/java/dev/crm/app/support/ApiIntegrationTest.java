package dev.crm.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.core.api.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Boots the whole application once per test JVM against the real embedded Mongo-wire server, in a
 * fresh temporary data directory, on a random port. Test classes extending this share the context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiIntegrationTest {

    public static final String ADMIN_PASSWORD = "Harbour-Lantern-2026";
    private static final Path DATA_DIR = temporaryDirectory("crm-it-data");
    private static final Path PLUGINS_DIR = temporaryDirectory("crm-it-plugins");

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void isolatedStore(DynamicPropertyRegistry registry) {
        registry.add("crm.data-dir", DATA_DIR::toString);
        registry.add("crm.plugins.dir", PLUGINS_DIR::toString);
        registry.add("crm.security.admin-password", () -> ADMIN_PASSWORD);
        // Cheap hashes keep the suite fast; production uses the default work factor.
        registry.add("crm.security.bcrypt-strength", () -> "4");
        // Every test client signs in from 127.0.0.1: the per-address limit would lock the whole suite
        // out once enough tests try wrong passwords. The per-username limit stays at its default.
        registry.add("crm.security.login-throttle.address-max-failures", () -> "100000");
        // Tests run escalation passes themselves, at the instants they choose.
        registry.add("crm.complaint.escalation-enabled", () -> "false");
        // Likewise the survey pass (expiry, repairs) and the retention pass (anonymisation, filing).
        registry.add("crm.complaint.survey.pass-enabled", () -> "false");
        registry.add("crm.complaint.retention.enabled", () -> "false");
        // Likewise the daily customer scoring run: tests start runs when their data is ready.
        registry.add("crm.customer.value.scoring-enabled", () -> "false");
        // And the periodic KPI report, which tests fire at chosen instants.
        registry.add("crm.complaint.kpi-report.enabled", () -> "false");
        registry.add("crm.complaint.kpi-facts.catch-up-enabled", () -> "false");
        // And outbound delivery and inbound polling, whose passes tests run at chosen instants.
        registry.add("crm.channels.delivery.enabled", () -> "false");
        registry.add("crm.channels.polling.enabled", () -> "false");
        // And the problem detection sweep and the crisis communication watch.
        registry.add("crm.complaint.problems.detection-enabled", () -> "false");
        registry.add("crm.complaint.crisis.watch-enabled", () -> "false");
        // And the training passes: remedial training from complaint findings, certificate reminders.
        registry.add("crm.training.remedial.enabled", () -> "false");
        registry.add("crm.training.certificates.enabled", () -> "false");
        // And the points expiry pass, the ledger check and the goodwill points pass.
        registry.add("crm.loyalty.points.expiry-enabled", () -> "false");
        registry.add("crm.loyalty.points.check-enabled", () -> "false");
        registry.add("crm.loyalty.ledger-connection.enabled", () -> "false");
        registry.add("crm.complaint.goodwill.points-enabled", () -> "false");
        // And the loyalty passes (order earning, level review), run by tests at chosen instants.
        registry.add("crm.loyalty.order-earning.enabled", () -> "false");
        registry.add("crm.loyalty.level-review.enabled", () -> "false");
        // A hanging plugin is given up on after this; short, so the isolation tests are quick.
        registry.add("crm.channels.call-timeout", () -> "3s");
    }

    /** The plugins folder of the shared context, where tests drop plugin jars to load at run time. */
    protected static Path pluginsDirectory() {
        return PLUGINS_DIR;
    }

    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    protected ApiClient asAdmin() {
        return ApiClient.signedIn(baseUrl(), "admin", ADMIN_PASSWORD);
    }

    protected ApiClient anonymous() {
        return ApiClient.anonymous(baseUrl());
    }

    /** Opens a fresh staff account with the given roles and signs in as it. */
    protected ApiClient asNewStaff(Role... roles) {
        return asNewStaffIn(null, roles);
    }

    /** Opens a fresh staff account in a department (null = none) and signs in as it. */
    protected ApiClient asNewStaffIn(String department, Role... roles) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "staff-" + suffix;
        String password = "Secret-" + suffix + "-42x";
        Map<String, Object> account = new HashMap<>(Map.of(
                "username", username,
                "password", password,
                "displayName", "Test " + suffix,
                "roles", Arrays.stream(roles).map(Enum::name).toList()));
        account.put("department", department);
        ApiResponse opened = asAdmin().post("/api/v1/staff", account);
        assertThat(opened.status()).as("opening staff account: %s", opened).isEqualTo(201);
        return ApiClient.signedIn(baseUrl(), username, password);
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
