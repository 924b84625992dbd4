package dev.crm.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.core.api.Role;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** A supervisor's board, reassignment and SLA policy editor, in the browser; and an agent kept out. */
class SupervisorBrowserTest extends BrowserTest {

    @Autowired
    MessageSource messages;

    @Test
    void aSupervisorReassignsAComplaintFromTheBoardAndSeesTheNewOwner() {
        Staff first = newStaff(Role.AGENT);
        Staff second = newStaff(Role.AGENT);
        String number = registeredAndAcceptedBy(first);
        signIn(newStaff(Role.SUPERVISOR));

        browser().findElement(By.linkText(english("supervisor.nav.board"))).click();
        element(By.id("owner")).sendKeys(first.username());
        submit(By.cssSelector("form.board-filter button[type=submit]"));
        WebElement row = element(By.cssSelector("[data-testid=board-row][data-number='" + number + "']"));
        assertThat(row.findElement(By.cssSelector("[data-testid=owner]")).getText()).isEqualTo(first.username());

        submit(row.findElement(By.cssSelector("[data-testid=reassign]")));
        assertThat(currentPath()).isEqualTo("/console/supervisor/complaints/" + number + "/reassign");
        new Select(element(By.id("newOwner"))).selectByValue(second.username());
        element(By.id("reason")).sendKeys("First agent is on leave");
        submit(By.cssSelector("[data-testid=reassign-form] button[type=submit]"));

        assertThat(element(By.cssSelector("[data-testid=reassigned]")).getText()).contains(second.username());
        assertThat(element(By.cssSelector("[data-testid=current-owner]")).getText()).isEqualTo(second.username());
        open("/console/supervisor/board?department=&owner=" + second.username());
        assertThat(element(By.cssSelector("[data-testid=board-row][data-number='" + number + "'] [data-testid=owner]"))
                .getText()).isEqualTo(second.username());
        assertThat(asAdmin().get("/api/v1/complaints/" + number).body().path("owner").asText())
                .isEqualTo(second.username());
    }

    @Test
    void aReassignmentWithoutReasonIsRefusedNextToTheFieldAndTheOwnerStays() {
        Staff first = newStaff(Role.AGENT);
        Staff second = newStaff(Role.AGENT);
        String number = registeredAndAcceptedBy(first);
        signIn(newStaff(Role.SUPERVISOR));
        open("/console/supervisor/complaints/" + number + "/reassign");

        new Select(element(By.id("newOwner"))).selectByValue(second.username());
        submit(By.cssSelector("[data-testid=reassign-form] button[type=submit]"));

        assertThat(element(By.id("reason-error")).isDisplayed()).isTrue();
        assertThat(element(By.id("reason")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(element(By.cssSelector("[data-testid=current-owner]")).getText()).isEqualTo(first.username());
        assertThat(asAdmin().get("/api/v1/complaints/" + number).body().path("owner").asText())
                .isEqualTo(first.username());
    }

    @Test
    void anSlaPolicyWithBadInputShowsTheFieldErrorsAndIsNotSavedThenAValidOneIsListed() {
        String id = "ui-" + UUID.randomUUID().toString().substring(0, 8);
        signIn(newStaff(Role.SUPERVISOR));
        browser().findElement(By.linkText(english("supervisor.nav.policies"))).click();
        submit(By.linkText(english("supervisor.policies.new")));

        element(By.id("id")).sendKeys(id);
        element(By.id("targetAccept")).sendKeys("0");
        element(By.id("targetResolution")).sendKeys("soon");
        // Inactive, so the policy never takes over other tests' complaints.
        element(By.id("active1")).click();
        submit(By.cssSelector("[data-testid=save-policy]"));

        assertThat(element(By.cssSelector("[data-testid=form-errors]")).isDisplayed()).isTrue();
        assertThat(element(By.id("name-error")).getText()).isEqualTo("is required");
        assertThat(element(By.id("name")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(element(By.id("targetResolution-error")).getText())
                .isEqualTo(english("supervisor.policy.duration-unreadable"));
        assertThat(asAdmin().get("/api/v1/sla-policies/" + id).status()).as("nothing saved").isEqualTo(404);

        element(By.id("targetResolution")).clear();
        element(By.id("targetResolution")).sendKeys("2d 4h");
        submit(By.cssSelector("[data-testid=save-policy]"));
        assertThat(element(By.id("targetAccept-error")).getText()).isEqualTo("must be a positive duration");
        assertThat(element(By.id("targetResolution")).getAttribute("value")).isEqualTo("2d 4h");
        assertThat(asAdmin().get("/api/v1/sla-policies/" + id).status()).as("still nothing saved").isEqualTo(404);

        element(By.id("name")).sendKeys("Console test policy");
        element(By.id("targetAccept")).clear();
        element(By.id("targetAccept")).sendKeys("45m");
        submit(By.cssSelector("[data-testid=save-policy]"));

        assertThat(currentPath()).isEqualTo("/console/supervisor/sla-policies");
        assertThat(element(By.cssSelector("[data-testid=policy-saved]")).getText()).contains(id);
        WebElement row = element(By.cssSelector("[data-testid=policy-row][data-id='" + id + "']"));
        assertThat(row.getText()).contains("Console test policy", "45m", "2d 4h");
        var saved = asAdmin().get("/api/v1/sla-policies/" + id);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body().path("targets").path("ACCEPT").asText()).isEqualTo("PT45M");
        assertThat(saved.body().path("active").asBoolean()).isFalse();
    }

    @Test
    void anAgentDoesNotSeeTheSupervisorPagesAndIsRefusedThem() {
        signIn(newStaff(Role.AGENT));

        assertThat(navigationEntries()).contains(english("agent.nav.queue"))
                .doesNotContain(english("supervisor.nav.board"), english("supervisor.nav.escalations"),
                        english("supervisor.nav.policies"));
        for (String path : new String[] {"/console/supervisor/board", "/console/supervisor/escalations",
                "/console/supervisor/sla-policies"}) {
            open(path);
            assertThat(element(By.cssSelector("[data-testid=console-error]")).getText()).as(path)
                    .contains(english("console.error.forbidden"));
        }
    }

    private String registeredAndAcceptedBy(Staff owner) {
        ApiClient api = ApiClient.signedIn(baseUrl(), owner.username(), owner.password());
        var registered = api.post("/api/v1/complaints", Map.of("channel", "PHONE", "contactHint",
                "caller-" + UUID.randomUUID(), "description", "Washing machine leaks", "customerDemand", "Repair",
                "occurredAt", "2026-01-05T08:00:00Z", "impactScope", "SINGLE_CUSTOMER"));
        assertThat(registered.status()).isEqualTo(201);
        String number = registered.body().path("number").asText();
        assertThat(api.post("/api/v1/complaints/" + number + "/accept", Map.of()).status()).isEqualTo(200);
        return number;
    }



    private String english(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }
}
