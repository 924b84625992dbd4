package dev.crm.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.CrmApplication;
import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** Start, write, stop, start again, read: what the API acknowledged is still there. */
@ExtendWith(OutputCaptureExtension.class)
class RestartPersistenceTest {

    private static final Pattern GENERATED = Pattern.compile("generated password: (\\S+)");

    @TempDir
    Path dataDir;

    @TempDir
    Path pluginsDir;

    @Test
    void dataWrittenThroughTheApiSurvivesARestart(CapturedOutput output) {
        String adminPassword;
        try (ConfigurableApplicationContext first = start()) {
            Matcher generated = GENERATED.matcher(output.getAll());
            assertThat(generated.find()).as("first start prints the generated admin password").isTrue();
            adminPassword = generated.group(1);
            ApiResponse opened = client(first, adminPassword).post("/api/v1/staff", Map.of("username", "zhang.min",
                    "password", "Jade-river-2026", "displayName", "Zhang Min", "roles", List.of("SUPERVISOR")));
            assertThat(opened.status()).isEqualTo(201);
        }
        int printedBefore = countGenerated(output.getAll());

        try (ConfigurableApplicationContext second = start()) {
            ApiResponse read = client(second, adminPassword).get("/api/v1/staff/zhang.min");
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.body().get("displayName").asString()).isEqualTo("Zhang Min");
            assertThat(ApiClient.signedIn(baseUrl(second), "zhang.min", "Jade-river-2026").get("/api/v1/me").status())
                    .isEqualTo(200);
            // The unique index was recreated without complaint and still holds.
            ApiResponse duplicate = client(second, adminPassword).post("/api/v1/staff", Map.of("username",
                    "zhang.min", "password", "Other-river-2027", "displayName", "Z", "roles", List.of("AGENT")));
            assertThat(duplicate.status()).isEqualTo(409);
        }
        assertThat(countGenerated(output.getAll())).as("no second admin is generated").isEqualTo(printedBefore);
        assertThat(dataDir.resolve("crm.mv.db")).isRegularFile();
    }

    private ConfigurableApplicationContext start() {
        // Command-line arguments outrank application.properties (and any CRM_* variables of the machine).
        return new SpringApplicationBuilder(CrmApplication.class).run(
                "--server.port=0",
                "--crm.data-dir=" + dataDir,
                "--crm.plugins.dir=" + pluginsDir,
                "--crm.security.admin-password=",
                "--crm.security.bcrypt-strength=4");
    }

    private static ApiClient client(ConfigurableApplicationContext context, String adminPassword) {
        return ApiClient.signedIn(baseUrl(context), "admin", adminPassword);
    }

    private static String baseUrl(ConfigurableApplicationContext context) {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    private static int countGenerated(String log) {
        int count = 0;
        Matcher matcher = GENERATED.matcher(log);
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
