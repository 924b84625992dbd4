package dev.crm.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.channels.DeliveryWorker;
import dev.crm.app.console.ConsoleSession;
import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Does everything that handles a secret — sign-ins right and wrong (API and console), opening staff
 * accounts with good, weak and unreadable requests, configuring channels with secrets, inbound calls
 * with bad signatures, outbound delivery that fails — and checks that no secret, nor the Basic
 * header that carries one, reaches the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsStayOutOfLogsTest extends ApiIntegrationTest {


    @Autowired
    DeliveryWorker worker;
    @Autowired
    Clock clock;

    @Test
    void noSecretHandledByTheApplicationIsLogged(CapturedOutput output) throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String username = "leak-" + marker;
        String goodPassword = "Canary-good-" + marker + "-7";
        String wrongPassword = "Canary-wrong-" + marker + "-7";
        String weakPassword = "cnry" + marker.substring(0, 4);
        String signingSecret = "canary-signing-" + marker;
        String inboundSecret = "canary-inbound-" + marker;
        String smsToken = "canary-sms-token-" + marker;

        // Staff accounts: opened, refused as weak, refused as unreadable JSON.
        assertThat(asAdmin().post("/api/v1/staff", Map.of("username", username, "password", goodPassword,
                "displayName", "Leak test", "roles", List.of("AGENT"))).status()).isEqualTo(201);
        assertThat(asAdmin().post("/api/v1/staff", Map.of("username", username + "-2", "password", weakPassword,
                "displayName", "Weak", "roles", List.of("AGENT"))).status()).isEqualTo(400);
        assertThat(asAdmin().postRaw("/api/v1/staff", "application/json", "{\"username\":\"x\",\"password\":\""
                + goodPassword + "\",").status()).isEqualTo(400);

        // Sign-ins over Basic: right, wrong, unknown user, the admin's.
        assertThat(ApiClient.signedIn(baseUrl(), username, goodPassword).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(ApiClient.signedIn(baseUrl(), username, wrongPassword).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(ApiClient.signedIn(baseUrl(), "nobody-" + marker, wrongPassword).get("/api/v1/me").status())
                .isEqualTo(401);
        assertThat(asAdmin().get("/api/v1/me").status()).isEqualTo(200);

        // The console's form, right and wrong.
        assertThat(ConsoleSession.anonymous(baseUrl()).signIn(username, wrongPassword)).endsWith("/login?error");
        assertThat(ConsoleSession.anonymous(baseUrl()).signIn(username, goodPassword)).endsWith("/console");

        // Channels with secrets: configured, called inbound with a bad signature, delivering to nowhere.
        String webhook = "leak-hook-" + marker;
        ApiResponse configured = asAdmin().put("/api/v1/channels/" + webhook, Map.of("adapter", "webhook",
                "settings", Map.of("target-url", "http://127.0.0.1:9/closed"),
                "secrets", Map.of("signing-secret", signingSecret, "inbound-secret", inboundSecret)));
        assertThat(configured.status()).as("%s", configured).isEqualTo(200);
        assertThat(configured.rawBody()).doesNotContain(signingSecret, inboundSecret);
        ApiResponse forged = anonymous().postRaw("/api/v1/channels/" + webhook + "/inbound", "application/json",
                "{\"id\":\"m-1\",\"text\":\"hi\"}".getBytes(StandardCharsets.UTF_8),
                Map.of("Webhook-Id", "m-1", "Webhook-Timestamp", String.valueOf(clock.instant().getEpochSecond()),
                        "Webhook-Signature", "v1=" + "00".repeat(32)));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(asAdmin().post("/api/v1/channels/" + webhook + "/test-message",
                Map.of("recipient", "ops@example.com", "body", "hello")).status()).isBetween(200, 202);
        worker.deliverDue(clock.instant());
        String sms = "leak-sms-" + marker;
        ApiResponse smsConfigured = asAdmin().put("/api/v1/channels/" + sms, Map.of("adapter", "sms",
                "settings", Map.of("gateway-url", "http://127.0.0.1:9/sms?key=" + smsToken, "auth", "bearer",
                        "sender-id", "CRM"),
                "secrets", Map.of("auth-token", smsToken, "inbound-secret", inboundSecret)));
        assertThat(smsConfigured.status()).as("%s", smsConfigured).isEqualTo(200);
        assertThat(asAdmin().post("/api/v1/channels/" + sms + "/test-message",
                Map.of("recipient", "+8613812345678", "body", "hello")).status()).isBetween(200, 202);
        worker.deliverDue(clock.instant());
        asAdmin().post("/api/v1/channels/" + webhook + "/disable", Map.of());
        asAdmin().post("/api/v1/channels/" + sms + "/disable", Map.of());

        String log = output.getAll();
        for (String secret : List.of(goodPassword, wrongPassword, weakPassword, ADMIN_PASSWORD, signingSecret,
                inboundSecret, smsToken, basic(username, goodPassword), basic(username, wrongPassword),
                basic("admin", ADMIN_PASSWORD))) {
            assertThat(log).as("the log").doesNotContain(secret);
        }
        // Our own log statements do land in what is captured, so the check above could fail.
        LoggerFactory.getLogger("dev.crm.app").info("leak check {} done", marker);
        assertThat(output.getAll()).contains("leak check " + marker + " done");
    }

    private static String basic(String username, String password) {
        return Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

}
