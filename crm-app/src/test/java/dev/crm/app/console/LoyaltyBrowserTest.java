package dev.crm.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.Role;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** The points statement, a manual adjustment (posted once however often it is sent) and a refused redemption. */
class LoyaltyBrowserTest extends BrowserTest {

    @Autowired
    MessageSource messages;

    @Test
    void aSupervisorsAdjustmentNeedsAReasonAndIsPostedOnceHoweverOftenTheFormIsSent() {
        ApiClient admin = asAdmin();
        String customer = customerWith(admin, 500);
        signIn(newStaff(Role.SUPERVISOR));
        open("/console/loyalty/accounts/" + customer);
        assertThat(element(By.cssSelector("[data-testid=balance]")).getText()).isEqualTo("500");
        submit(By.cssSelector("[data-testid=adjust-link]"));

        element(By.id("points")).sendKeys("75");
        submit(By.cssSelector("[data-testid=adjust-submit]"));
        assertThat(element(By.id("reason-error")).getText()).isEqualTo("is required for an adjustment");
        assertThat(element(By.id("reason")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(element(By.id("points")).getAttribute("value")).isEqualTo("75");
        assertThat(entries(admin, customer)).as("nothing was posted").isEqualTo(1);

        element(By.id("reason")).sendKeys("Goodwill for the late delivery");
        WebElement form = element(By.cssSelector("[data-testid=adjust-form]"));
        String action = form.getAttribute("action");
        String sameForm = (String) ((JavascriptExecutor) browser()).executeScript(
                "return new URLSearchParams(new FormData(arguments[0])).toString();", form);
        submit(By.cssSelector("[data-testid=adjust-submit]"));

        assertThat(currentPath()).isEqualTo("/console/loyalty/accounts/" + customer);
        assertThat(element(By.cssSelector("[data-testid=posted]")).isDisplayed()).isTrue();
        assertThat(element(By.cssSelector("[data-testid=balance]")).getText()).isEqualTo("575");
        List<WebElement> rows = browser().findElements(By.cssSelector("[data-testid=entry]"));
        WebElement last = rows.get(rows.size() - 1);
        assertThat(last.getAttribute("data-type")).isEqualTo("ADJUST");
        assertThat(last.findElement(By.cssSelector("[data-testid=entry-balance]")).getText()).isEqualTo("575");
        assertThat(last.findElement(By.cssSelector("[data-testid=entry-reason]")).getText())
                .isEqualTo("Goodwill for the late delivery");

        // The same form sent again, twice (a re-POST, a double click that got through): nothing more is posted.
        for (int i = 0; i < 2; i++) {
            String answer = postAgain(action, sameForm);
            assertThat(answer).contains("data-testid=\"replayed\"");
        }
        assertThat(entries(admin, customer)).isEqualTo(2);
        assertThat(admin.get("/api/v1/loyalty/accounts/" + customer).body().get("balance").asLong()).isEqualTo(575);
    }

    @Test
    void aRedemptionBeyondTheBalanceIsRefusedWithTheAvailablePoints() {
        ApiClient admin = asAdmin();
        String customer = customerWith(admin, 300);
        signIn(newStaff(Role.AGENT));
        open("/console/loyalty/accounts/" + customer);
        assertThat(browser().findElements(By.cssSelector("[data-testid=adjust-link]")))
                .as("an agent may not adjust").isEmpty();
        submit(By.cssSelector("[data-testid=redeem-link]"));

        element(By.id("points")).sendKeys("900");
        submit(By.cssSelector("[data-testid=redeem-submit]"));

        assertThat(element(By.id("points-error")).getText()).isEqualTo("Not enough points: 300 available.");
        assertThat(element(By.id("points")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(entries(admin, customer)).isEqualTo(1);

        element(By.id("points")).clear();
        element(By.id("points")).sendKeys("120");
        submit(By.cssSelector("[data-testid=redeem-submit]"));
        assertThat(element(By.cssSelector("[data-testid=balance]")).getText()).isEqualTo("180");
        assertThat(entries(admin, customer)).isEqualTo(2);
    }

    @Test
    void anAgentIsRefusedTheAdjustmentFormItIsNotOffered() {
        String customer = customerWith(asAdmin(), 10);
        signIn(newStaff(Role.AGENT));
        open("/console/loyalty/accounts/" + customer + "/adjustment");
        assertThat(element(By.cssSelector("[data-testid=console-error]")).getText())
                .contains(english("console.error.forbidden"));
    }

    @Test
    void theAccountIsFoundByTheCustomersPhone() {
        String phone = "+86137" + (10_000_000 + (int) (Math.random() * 89_999_999));
        ApiResponse created = asAdmin().post("/api/v1/customers", Map.of("displayName", "Phone " + UUID.randomUUID(),
                "phone", phone));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        signIn(newStaff(Role.ANALYST));
        browser().findElement(By.linkText(english("loyalty.nav.accounts"))).click();
        element(By.id("customer")).sendKeys(phone);
        submit(By.cssSelector("main form button[type=submit]"));
        assertThat(currentPath()).isEqualTo("/console/loyalty/accounts/" + created.body().get("id").asString());
        assertThat(element(By.cssSelector("[data-testid=no-entries]")).isDisplayed()).isTrue();
        assertThat(browser().findElements(By.cssSelector("[data-testid=redeem-link]"))).isEmpty();
    }

    /** A new customer holding {@code points} earned through the API (one entry). */
    private String customerWith(ApiClient admin, long points) {
        ApiResponse created = admin.post("/api/v1/customers", Map.of("displayName", "Member " + UUID.randomUUID()));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String customer = created.body().get("id").asString();
        ApiResponse earned = admin.postWithHeader("/api/v1/loyalty/accounts/" + customer + "/transactions",
                "Idempotency-Key", UUID.randomUUID().toString(),
                Map.of("type", "EARN", "points", points, "kind", "PURCHASE"));
        assertThat(earned.status()).as("%s", earned).isEqualTo(201);
        return customer;
    }

    private static long entries(ApiClient admin, String customer) {
        return admin.get("/api/v1/loyalty/accounts/" + customer + "/statement").body().get("total").asLong();
    }

    /** POSTs the captured form body from the page, as the browser would on a re-submission; the answer's HTML. */
    private String postAgain(String action, String body) {
        return (String) ((JavascriptExecutor) browser()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {method: 'POST', body: arguments[1], credentials: 'same-origin',"
                        + " headers: {'Content-Type': 'application/x-www-form-urlencoded'}})"
                        + ".then(r => r.text()).then(done, e => done('failed: ' + e));",
                action, body);
    }


    private String english(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }
}
