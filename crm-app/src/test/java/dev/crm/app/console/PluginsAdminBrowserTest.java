package dev.crm.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.TestPluginJars;
import dev.crm.core.api.Role;
import dev.crm.testplugin.QuietChannel;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The plugins admin in the browser: channels switched off and on, settings with masked secrets, whole
 * plugins disabled, enabled and reloaded, and the refusals of a plugin that does not start or is gone.
 */
class PluginsAdminBrowserTest extends BrowserTest {

    private static final String QUIET = "quiet-channel";
    private static final String FUTURE = "quiet-future-channel";

    @Autowired
    MessageSource messages;

    private final List<String> configured = new ArrayList<>();

    /** The test channels go again, so no other test's delivery or polling pass meets them. */
    @AfterEach
    void removeTestChannels() {
        configured.forEach(id -> asAdmin().delete("/api/v1/channels/" + id));
    }

    /** A well-behaved plugin and one this host refuses for its Plugin-Requires, loaded fresh for each test. */
    @BeforeEach
    void installTestPlugins() throws IOException {
        removeTestPlugins();
        TestPluginJars.write(pluginsDirectory(), QUIET, "1.0.0", ">=1.0.0 & <2.0.0", QuietChannel.class);
        TestPluginJars.write(pluginsDirectory(), FUTURE, "3.0.0", ">=3.0.0", QuietChannel.class);
        assertThat(asAdmin().post("/api/v1/plugins/scan", Map.of()).status()).isEqualTo(200);
    }

    /** Their jars leave the folder and a reload unloads them, so no other test meets them. */
    @AfterEach
    void removeTestPlugins() throws IOException {
        try (Stream<Path> jars = Files.list(pluginsDirectory())) {
            for (Path jar : jars.filter(p -> p.getFileName().toString().startsWith(QUIET)
                    || p.getFileName().toString().startsWith(FUTURE)).toList()) {
                Files.delete(jar);
            }
        }
        asAdmin().post("/api/v1/plugins/" + QUIET + "/enable", Map.of());
        asAdmin().post("/api/v1/plugins/" + QUIET + "/reload", Map.of());
        asAdmin().post("/api/v1/plugins/" + FUTURE + "/reload", Map.of());
    }

    @Test
    void anAdminSwitchesAChannelOffAndOnAgain() {
        String id = configuredChannel();
        signIn(newStaff(Role.ADMIN));
        browser().findElement(By.linkText(english("admin.nav.plugins"))).click();

        assertThat(switched(id)).isEqualTo(english("admin.channels.on"));
        submit(row(id).findElement(By.cssSelector("[data-testid=disable]")));
        assertThat(element(By.cssSelector("[data-testid=switched]")).getText()).contains(id);
        assertThat(switched(id)).isEqualTo(english("admin.channels.off"));
        assertThat(asAdmin().get("/api/v1/channels/" + id).body().path("enabled").asBoolean()).isFalse();

        submit(row(id).findElement(By.cssSelector("[data-testid=enable]")));
        assertThat(switched(id)).isEqualTo(english("admin.channels.on"));
        assertThat(asAdmin().get("/api/v1/channels/" + id).body().path("enabled").asBoolean()).isTrue();
    }

    @Test
    void anAdminDisablesEnablesAndReloadsAWholePlugin() throws IOException {
        signIn(newStaff(Role.ADMIN));
        open("/console/admin/plugins");
        assertThat(pluginState(QUIET)).isEqualTo("STARTED");

        submit(pluginRow(QUIET).findElement(By.cssSelector("[data-testid=plugin-disable]")));
        assertThat(element(By.cssSelector("[data-testid=plugin-done]")).getText()).contains(QUIET).contains("disabled");
        assertThat(pluginState(QUIET)).isEqualTo("DISABLED");
        assertThat(pluginRow(QUIET).getText()).contains(english("admin.plugin-state.DISABLED"));
        assertThat(pluginRow(QUIET).findElements(By.cssSelector("[data-testid=plugin-reload]")))
                .as("a disabled plugin is enabled, not reloaded").isEmpty();
        assertThat(asAdmin().get("/api/v1/plugins/" + QUIET).body().path("state").asString()).isEqualTo("DISABLED");
        assertThat(asAdmin().get("/api/v1/plugins/" + QUIET).body().path("channelAdapters").toString())
                .isEqualTo("[]");

        submit(pluginRow(QUIET).findElement(By.cssSelector("[data-testid=plugin-enable]")));
        assertThat(element(By.cssSelector("[data-testid=plugin-done]")).getText()).contains(QUIET).contains("started");
        assertThat(pluginState(QUIET)).isEqualTo("STARTED");
        assertThat(asAdmin().get("/api/v1/plugins/" + QUIET).body().path("channelAdapters").toString())
                .isEqualTo("[\"quiet\"]");

        // A new version replaces the jar in the folder; reloading picks it up.
        Files.delete(pluginsDirectory().resolve(QUIET + "-1.0.0.jar"));
        TestPluginJars.write(pluginsDirectory(), QUIET, "1.1.0", ">=1.0.0 & <2.0.0", QuietChannel.class);
        submit(pluginRow(QUIET).findElement(By.cssSelector("[data-testid=plugin-reload]")));
        assertThat(element(By.cssSelector("[data-testid=plugin-done]")).getText()).contains(QUIET).contains("1.1.0");
        assertThat(pluginRow(QUIET).findElement(By.cssSelector("td")).getText()).isEqualTo("1.1.0");
        assertThat(pluginState(QUIET)).isEqualTo("STARTED");
    }

    @Test
    void aPluginThatDoesNotStartOrIsGoneIsAMessageOnThePage() throws IOException {
        signIn(newStaff(Role.ADMIN));
        open("/console/admin/plugins");
        assertThat(pluginState(FUTURE)).isEqualTo("INCOMPATIBLE");

        submit(pluginRow(FUTURE).findElement(By.cssSelector("[data-testid=plugin-enable]")));
        assertThat(element(By.cssSelector("[data-testid=plugin-refused]")).getText()).contains(FUTURE)
                .contains("did not start").contains(">=3.0.0");
        assertThat(browser().findElements(By.cssSelector("[data-testid=plugin-done]"))).isEmpty();
        assertThat(pluginState(FUTURE)).isEqualTo("INCOMPATIBLE");

        // Meanwhile its jar leaves the folder and the plugin is unloaded: the page's button is stale.
        Files.delete(pluginsDirectory().resolve(FUTURE + "-3.0.0.jar"));
        assertThat(asAdmin().post("/api/v1/plugins/" + FUTURE + "/reload", Map.of()).status()).isEqualTo(404);
        submit(pluginRow(FUTURE).findElement(By.cssSelector("[data-testid=plugin-enable]")));
        assertThat(element(By.cssSelector("[data-testid=plugin-refused]")).getText()).contains(FUTURE)
                .contains("no plugin");
        assertThat(browser().findElements(By.cssSelector("[data-testid=plugin-row][data-plugin='" + FUTURE + "']")))
                .isEmpty();
    }

    @Test
    void channelSettingsShowSecretsMaskedAndABadLineIsRefusedWithoutSaving() {
        String id = configuredChannel();
        signIn(newStaff(Role.ADMIN));
        open("/console/admin/channels/" + id);

        assertThat(element(By.cssSelector("[data-testid=secret]")).getText()).contains("password")
                .doesNotContain("s3cret-value");
        assertThat(browser().getPageSource()).doesNotContain("s3cret-value");

        WebElement settings = element(By.id("settings"));
        settings.clear();
        settings.sendKeys("host=smtp.example.org\nno equals sign here");
        element(By.id("secretName")).sendKeys("token");
        element(By.id("secretValue")).sendKeys("typed-secret-1");
        submit(By.cssSelector("[data-testid=save-channel]"));

        assertThat(element(By.id("settings-error")).getText()).contains("2");
        assertThat(element(By.id("secretValue")).getAttribute("value")).as("never echoed").isEmpty();
        assertThat(browser().getPageSource()).doesNotContain("typed-secret-1");
        assertThat(asAdmin().get("/api/v1/channels/" + id).body().path("settings").path("host").asText())
                .isEqualTo("smtp.example.com");

        settings = element(By.id("settings"));
        settings.clear();
        settings.sendKeys("host=smtp.example.org");
        element(By.id("secretValue")).sendKeys("typed-secret-1");
        submit(By.cssSelector("[data-testid=save-channel]"));

        assertThat(element(By.cssSelector("[data-testid=channel-saved]")).isDisplayed()).isTrue();
        var saved = asAdmin().get("/api/v1/channels/" + id).body();
        assertThat(saved.path("settings").path("host").asText()).isEqualTo("smtp.example.org");
        assertThat(saved.path("secrets").toString()).contains("password", "token");
    }

    @Test
    void anIntegratorSeesTheChannelsButNoSwitches() {
        String id = configuredChannel();
        signIn(newStaff(Role.INTEGRATOR));
        open("/console/admin/plugins");

        assertThat(switched(id)).isEqualTo(english("admin.channels.on"));
        assertThat(row(id).findElements(By.cssSelector("button"))).isEmpty();
        assertThat(pluginState(QUIET)).isEqualTo("STARTED");
        assertThat(element(By.cssSelector("[data-testid=plugins]")).findElements(By.cssSelector("button")))
                .as("plugin operations are for administrators").isEmpty();
    }

    @Test
    void anIntegratorPostingAPluginFormIsRefusedAndNothingChanges() {
        Staff integrator = newStaff(Role.INTEGRATOR);
        ConsoleSession session = ConsoleSession.signedIn(baseUrl(), integrator.username(), integrator.password());

        HttpResponse<String> posted = session.post("/console/admin/plugins/" + QUIET + "/disable", Map.of());

        assertThat(posted.statusCode()).isEqualTo(403);
        assertThat(posted.body()).contains("data-testid=\"console-error\"");
        assertThat(asAdmin().get("/api/v1/plugins/" + QUIET).body().path("state").asString()).isEqualTo("STARTED");
    }

    /** A channel on the e-mail adapter, configured through the API (its plugin need not be loaded). */
    private String configuredChannel() {
        String id = "ui-" + UUID.randomUUID().toString().substring(0, 8).replaceAll("^[0-9]", "a");
        var response = asAdmin().put("/api/v1/channels/" + id, Map.of("adapter", "email", "enabled", true,
                "settings", Map.of("host", "smtp.example.com"), "secrets", Map.of("password", "s3cret-value")));
        assertThat(response.status()).as("configuring %s: %s", id, response).isEqualTo(200);
        configured.add(id);
        return id;
    }

    private WebElement row(String id) {
        return element(By.cssSelector("[data-testid=channel-row][data-channel='" + id + "']"));
    }

    private WebElement pluginRow(String id) {
        return element(By.cssSelector("[data-testid=plugin-row][data-plugin='" + id + "']"));
    }

    private String pluginState(String id) {
        return pluginRow(id).findElement(By.cssSelector("[data-testid=plugin-state]")).getAttribute("data-state");
    }

    private String switched(String id) {
        return row(id).findElement(By.cssSelector("[data-testid=channel-enabled]")).getText();
    }



    private String english(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }
}
