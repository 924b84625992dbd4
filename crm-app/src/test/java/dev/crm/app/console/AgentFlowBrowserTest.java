package dev.crm.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.core.api.Role;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** An agent takes a phone call and works the complaint to resolution, in the browser. */
class AgentFlowBrowserTest extends BrowserTest {

    @Autowired
    MessageSource messages;

    @Test
    void anAgentRegistersACallAndWorksItFromTheQueueToResolution() {
        Staff agent = newStaff(Role.AGENT);
        signIn(agent);
        String contact = "+86138" + (10_000_000 + (int) (Math.random() * 89_999_999));

        browser().findElement(By.linkText(english("agent.nav.register"))).click();
        element(By.id("contactHint")).sendKeys(contact);
        element(By.id("description")).sendKeys("Kettle stopped heating after two days");
        element(By.id("customerDemand")).sendKeys("Replace the kettle");
        submit(By.cssSelector("main form button[type=submit]"));

        assertThat(currentPath()).startsWith("/console/agent/complaints/C-");
        String number = currentPath().substring("/console/agent/complaints/".length());
        assertThat(element(By.cssSelector("[data-testid=registered]")).getText()).contains(number);
        assertThat(state()).isEqualTo("REGISTERED");
        assertThat(offeredActions()).containsExactly("ACCEPT");
        int timeline = timelineLength();
        assertThat(timeline).isEqualTo(1);

        open("/console/agent/queue");
        WebElement row = queueRow(number);
        assertThat(row.findElement(By.cssSelector("[data-testid=standing]")).getText())
                .isIn(english("agent.standing.ON_TIME"), english("agent.standing.WARNING"));
        // A phone call's first response is due within 15 minutes (the phone override policy).
        assertThat(row.findElement(By.cssSelector("[data-testid=remaining]")).getText()).endsWith("min");
        submit(row.findElement(By.linkText(number)));
        assertThat(currentPath()).isEqualTo("/console/agent/complaints/" + number);

        act("ACCEPT");
        assertThat(state()).isEqualTo("ACCEPTED");
        assertThat(element(By.cssSelector("[data-testid=owner]")).getText()).isEqualTo(agent.username());
        assertThat(offeredActions()).containsExactly("ASSESS");
        timeline = grown(timeline);

        new Select(element(By.id("assess-grade"))).selectByValue("LEVEL_2");
        new Select(element(By.id("assess-type"))).selectByValue("PRODUCT_QUALITY");
        act("ASSESS");
        assertThat(state()).isEqualTo("ASSESSED");
        assertThat(offeredActions()).containsExactly("ASSESS", "ASSIGN");
        timeline = grown(timeline);

        assertThat(element(By.id("assign-handler")).getAttribute("value")).isEqualTo(agent.username());
        act("ASSIGN");
        assertThat(offeredActions()).containsExactly("ASSESS", "ASSIGN", "START");
        timeline = grown(timeline);

        act("START");
        assertThat(state()).isEqualTo("IN_PROGRESS");
        // HOLD is offered only where an SLA policy lets the clock pause; other tests may add one.
        assertThat(offeredActions()).filteredOn(action -> !action.equals("HOLD"))
                .containsExactly("ASSESS", "ASSIGN", "RESOLVE");
        timeline = grown(timeline);

        element(By.id("reply-text")).sendKeys("We are sending you a new kettle today.");
        submit(By.cssSelector("[data-testid=reply-submit]"));
        assertThat(element(By.cssSelector("[data-testid=replied]")).isDisplayed()).isTrue();
        assertThat(browser().findElements(By.cssSelector("[data-testid=timeline] li[data-kind=MESSAGE_TO_CUSTOMER]")))
                .hasSize(1);
        timeline = grown(timeline);

        act("RESOLVE");
        assertThat(state()).as("resolving without a solution is refused").isEqualTo("IN_PROGRESS");
        assertThat(element(By.id("resolve-solution-error")).getText()).isEqualTo("is required to resolve");
        assertThat(element(By.id("resolve-solution")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(timelineLength()).isEqualTo(timeline);

        element(By.id("resolve-solution")).sendKeys("Sent a replacement kettle");
        new Select(element(By.id("resolve-customerNotifiedVia"))).selectByValue("PHONE");
        act("RESOLVE");
        assertThat(state()).isEqualTo("RESOLVED");
        assertThat(offeredActions()).containsExactly("FOLLOW_UP", "REOPEN");
        grown(timeline);
        assertThat(browser().findElements(By.cssSelector("[data-testid=timeline] li[data-kind=TRANSITION]"))
                .stream().map(WebElement::getText).toList())
                .anySatisfy(text -> assertThat(text).contains(english("agent.state.IN_PROGRESS") + " \u2192 "
                        + english("agent.state.RESOLVED")));

        submit(By.cssSelector(".language a[hreflang=zh-CN]"));
        assertThat(element(By.cssSelector("[data-testid=state]")).getText())
                .isEqualTo(messages.getMessage("agent.state.RESOLVED", null, Locale.SIMPLIFIED_CHINESE));
        assertThat(browser().findElement(By.cssSelector("[data-testid=action-FOLLOW_UP]")).getText())
                .isEqualTo(messages.getMessage("agent.action.FOLLOW_UP", null, Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aReplyGoesToTheCustomerThroughTheOutboxOnTheirOwnChannel() {
        Staff agent = newStaff(Role.AGENT);
        String email = "reply." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var customer = asAdmin().post("/api/v1/customers", java.util.Map.of("displayName", "Lin Hui", "email", email,
                "consents", List.of("EMAIL"), "preferredChannel", "EMAIL"));
        assertThat(customer.status()).isEqualTo(201);
        var api = dev.crm.app.support.ApiClient.signedIn(baseUrl(), agent.username(), agent.password());
        var registered = api.post("/api/v1/complaints", java.util.Map.of("channel", "PHONE", "customerId",
                customer.body().get("id").asString(), "description", "Invoice shows the wrong amount",
                "customerDemand", "Correct it", "occurredAt", "2026-01-05T08:00:00Z", "impactScope", "SINGLE_CUSTOMER"));
        String number = registered.body().path("number").asText();
        signIn(agent);
        open("/console/agent/complaints/" + number);

        assertThat(element(By.cssSelector("[data-testid=reply-channel]")).getText()).contains("email");
        element(By.id("reply-text")).sendKeys("We have corrected the invoice.");
        submit(By.cssSelector("[data-testid=reply-submit]"));

        assertThat(element(By.cssSelector("[data-testid=replied]")).isDisplayed()).isTrue();
        assertThat(element(By.cssSelector("[data-testid=timeline] li[data-kind=MESSAGE_TO_CUSTOMER]")).getText())
                .contains("email", "We have corrected the invoice.");
        assertThat(outboxSubjectsTo(email)).contains("Re: your complaint " + number);
    }

    @Test
    void theQueueRunsHtmxUnderTheContentSecurityPolicy() {
        signIn(newStaff(Role.AGENT));
        open("/console/agent/queue");

        element(By.cssSelector("[data-testid=queue]"));
        // htmx is loaded from the WebJar and has wired the 30-second refresh of the rows.
        waitFor().until(driver -> "object".equals(((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return typeof window.htmx")));
        assertThat(browser().findElement(By.id("queue-rows")).getAttribute("hx-trigger")).isEqualTo("every 30s");
    }

    @Test
    void aRegistrationWithMissingFieldsShowsEachErrorNextToItsFieldAndKeepsTheInput() {
        signIn(newStaff(Role.AGENT));
        open("/console/agent/complaints/new");

        element(By.id("customerDemand")).sendKeys("Call me back");
        submit(By.cssSelector("main form button[type=submit]"));

        assertThat(currentPath()).isEqualTo("/console/agent/complaints");
        assertThat(element(By.cssSelector("[data-testid=form-errors]")).isDisplayed()).isTrue();
        assertThat(element(By.id("description-error")).getText()).isEqualTo("is required");
        assertThat(element(By.id("description")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(element(By.id("customerId-error")).getText())
                .isEqualTo("either customerId or contactHint is required");
        assertThat(element(By.id("customerDemand")).getAttribute("value")).isEqualTo("Call me back");
        assertThat(browser().findElements(By.id("customerDemand-error"))).isEmpty();
    }

    @Test
    void aRoleThatMayNotWorkComplaintsIsRefusedTheQueue() {
        signIn(newStaff(Role.HR));

        open("/console/agent/queue");

        assertThat(element(By.cssSelector("[data-testid=console-error]")).getText())
                .contains(english("console.error.forbidden"));
        assertThat(navigationEntries()).doesNotContain(english("agent.nav.queue"));
    }

    @Test
    void anotherAgentsComplaintOffersNoActions() {
        Staff owner = newStaff(Role.AGENT);
        String number = registeredAndAcceptedBy(owner);

        signIn(newStaff(Role.AGENT));
        open("/console/agent/complaints/" + number);

        assertThat(state()).isEqualTo("ACCEPTED");
        assertThat(offeredActions()).isEmpty();
        assertThat(element(By.cssSelector("[data-testid=no-actions]")).isDisplayed()).isTrue();
    }

    /**
     * The complaint's row in my queue, paging on as a user would: the shared test context holds the
     * unowned complaints of other tests too, some with earlier deadlines.
     */
    private WebElement queueRow(String number) {
        By row = By.cssSelector("[data-testid=queue-row][data-number='" + number + "']");
        element(By.cssSelector("[data-testid=queue]"));
        for (int page = 0; page < 100; page++) {
            List<WebElement> found = browser().findElements(row);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            List<WebElement> next = browser().findElements(By.linkText(english("agent.queue.next-page")));
            assertThat(next).as("complaint %s in my queue", number).isNotEmpty();
            submit(next.get(0));
        }
        throw new AssertionError("complaint " + number + " not found in 100 pages of the queue");
    }

    /** Subjects of the outbox messages to one recipient, over every page of the e-mail channel. */
    private List<String> outboxSubjectsTo(String recipient) {
        List<String> subjects = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            var found = asAdmin().get("/api/v1/outbox?channel=email&size=200&page=" + page);
            assertThat(found.status()).isEqualTo(200);
            found.body().path("items").forEach(item -> {
                if (recipient.equals(item.path("recipient").asText())) {
                    subjects.add(item.path("subject").asText());
                }
            });
            if ((long) (page + 1) * 200 >= found.body().path("total").asLong()) {
                return subjects;
            }
        }
    }

    private String registeredAndAcceptedBy(Staff owner) {
        var api = dev.crm.app.support.ApiClient.signedIn(baseUrl(), owner.username(), owner.password());
        var registered = api.post("/api/v1/complaints", java.util.Map.of("channel", "PHONE", "contactHint",
                "caller-" + UUID.randomUUID(), "description", "Router keeps dropping", "customerDemand", "Fix it",
                "occurredAt", "2026-01-05T08:00:00Z", "impactScope", "SINGLE_CUSTOMER"));
        assertThat(registered.status()).isEqualTo(201);
        String number = registered.body().path("number").asText();
        assertThat(api.post("/api/v1/complaints/" + number + "/accept", java.util.Map.of()).status()).isEqualTo(200);
        return number;
    }

    /** Submits the action's form and waits for the page that answers it. */
    private void act(String action) {
        submit(By.cssSelector("[data-testid=action-" + action + "]"));
    }



    private String state() {
        return element(By.cssSelector("[data-testid=state]")).getAttribute("data-state");
    }

    private List<String> offeredActions() {
        return browser().findElements(By.cssSelector("form.action-form")).stream()
                .map(form -> form.getAttribute("data-action")).toList();
    }

    private int timelineLength() {
        return browser().findElements(By.cssSelector("[data-testid=timeline] li")).size();
    }

    private int grown(int before) {
        int now = timelineLength();
        assertThat(now).as("the timeline grows").isGreaterThan(before);
        return now;
    }

    private String english(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }
}
