package dev.crm.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.core.api.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** The plugins admin in the browser: channels switched off and on, settings with masked secrets. */
class PluginsAdminBrowserTest extends BrowserTest {

    @Autowired
    MessageSource messages;

    private final List<String> configured = new ArrayList<>();

    /** The test channels go again, so no other test's delivery or polling pass meets them. */
    @AfterEach
    void removeTestChannels() {
        configured.forEach(id -> asAdmin().delete("/api/v1/channels/" + id));
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

    private String switched(String id) {
        return row(id).findElement(By.cssSelector("[data-testid=channel-enabled]")).getText();
    }



    private String english(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }
}
