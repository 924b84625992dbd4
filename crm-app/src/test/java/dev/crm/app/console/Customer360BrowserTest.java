package dev.crm.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** The customer search and 360 page, with data set up through the API. */
class Customer360BrowserTest extends BrowserTest {

    @Autowired
    MessageSource messages;

    @Test
    void theCustomer360ShowsOrdersValueAndComplaints() {
        ApiClient admin = asAdmin();
        String phone = "+86139" + (10_000_000 + (int) (Math.random() * 89_999_999));
        String name = "Zhou Min " + UUID.randomUUID().toString().substring(0, 6);
        ApiResponse created = admin.post("/api/v1/customers", Map.of("displayName", name, "phone", phone));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String customer = created.body().get("id").asString();
        String first = order(admin, customer, "2026-01-03T09:00:00Z", "199.00");
        String second = order(admin, customer, "2026-01-20T09:00:00Z", "58.50");
        ApiResponse complaint = asNewStaff(Role.AGENT).post("/api/v1/complaints", Map.of("channel", "PHONE",
                "customerId", customer, "description", "The blender lid cracked", "customerDemand", "Send a new lid",
                "occurredAt", "2026-01-21T08:00:00Z", "impactScope", "SINGLE_CUSTOMER"));
        assertThat(complaint.status()).as("%s", complaint).isEqualTo(201);
        String number = complaint.body().path("number").asString();

        signIn(newStaff(Role.AGENT));
        browser().findElement(By.linkText(english("customer.nav.customers"))).click();
        element(By.id("phone")).sendKeys(phone);
        submit(By.cssSelector("main form button[type=submit]"));
        List<WebElement> rows = browser().findElements(By.cssSelector("[data-testid=customer-row]"));
        assertThat(rows).hasSize(1);
        submit(rows.get(0).findElement(By.linkText(name)));

        assertThat(currentPath()).isEqualTo("/console/customers/" + customer);
        assertThat(element(By.cssSelector("[data-testid=customer-name]")).getText()).isEqualTo(name);
        assertThat(element(By.cssSelector("[data-testid=phone]")).getText()).as("an agent sees the contact in full")
                .isEqualTo(phone);
        // The daily scoring run has not seen a customer registered a moment ago.
        assertThat(element(By.cssSelector("[data-testid=not-scored]")).isDisplayed()).isTrue();
        assertThat(element(By.cssSelector("[data-testid=tier]")).getText()).isEqualTo(english("customer.not-scored"));
        assertThat(element(By.cssSelector("[data-testid=stage]")).getText()).isEqualTo(english("customer.not-scored"));
        assertThat(element(By.cssSelector("[data-testid=p-alive]")).getText()).isEqualTo(english("customer.not-scored"));
        assertThat(browser().findElements(By.cssSelector("[data-testid=order-row]")).stream()
                .map(row -> row.getAttribute("data-ref")).toList()).containsExactly(second, first);
        WebElement complaintRow = element(By.cssSelector("[data-testid=complaint-row][data-number='" + number + "']"));
        assertThat(complaintRow.findElement(By.cssSelector("[data-testid=complaint-state]")).getText())
                .isEqualTo(english("agent.state.REGISTERED"));
        assertThat(element(By.cssSelector("[data-testid=statement-link]")).getAttribute("href"))
                .endsWith("/console/loyalty/accounts/" + customer);
    }

    @Test
    void anAnalystSeesTheContactsMaskedAndAnInvalidPhoneIsAFieldError() {
        ApiResponse created = asAdmin().post("/api/v1/customers", Map.of("displayName", "Masked " + UUID.randomUUID(),
                "phone", "+8613800001234"));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String customer = created.body().get("id").asString();

        signIn(newStaff(Role.ANALYST));
        open("/console/customers/" + customer);
        assertThat(element(By.cssSelector("[data-testid=phone]")).getText()).isNotEqualTo("+8613800001234")
                .contains("*");

        open("/console/customers?phone=not-a-phone");
        assertThat(element(By.id("phone-error")).getText()).isEqualTo("not a valid phone number");
        assertThat(browser().findElements(By.cssSelector("[data-testid=customers]"))).isEmpty();
    }

    @Test
    void aRoleThatMayNotReadCustomersIsRefused() {
        signIn(newStaff(Role.HR));
        open("/console/customers");
        assertThat(element(By.cssSelector("[data-testid=console-error]")).getText())
                .contains(english("console.error.forbidden"));
        assertThat(navigationEntries()).doesNotContain(english("customer.nav.customers"));
    }

    private static String order(ApiClient admin, String customer, String at, String amount) {
        String ref = "ORD-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> order = new HashMap<>(Map.of("customerId", customer, "orderRef", ref, "orderedAt", at,
                "amount", amount, "currency", "CNY", "productCategory", "kitchen", "channel", "online"));
        ApiResponse recorded = admin.post("/api/v1/orders", order);
        assertThat(recorded.status()).as("%s", recorded).isEqualTo(201);
        return ref;
    }



    private String english(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }
}
