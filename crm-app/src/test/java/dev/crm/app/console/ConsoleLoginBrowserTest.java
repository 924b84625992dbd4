package dev.crm.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.core.api.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import java.util.Locale;

class ConsoleLoginBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MessageSource messages;

    @Test
    void aWrongPasswordShowsAnErrorAndStaysOnTheLoginPage() {
        Staff agent = newStaff(Role.AGENT);

        submitLogin(agent.username(), "not-" + agent.password());

        assertThat(currentPath()).isEqualTo("/login");
        assertThat(element(By.cssSelector("[data-testid=login-error]")).getText())
                .isEqualTo(english("console.login.failed"));
        assertThat(browser().findElements(By.cssSelector("[data-testid=signed-in-user]"))).isEmpty();
    }

    @Test
    void anAgentSeesTheAgentsEntriesAndNoneOfTheOtherRoles() {
        Staff agent = newStaff(Role.AGENT);

        signIn(agent);

        assertThat(currentPath()).isEqualTo("/console");
        assertThat(element(By.cssSelector("[data-testid=signed-in-user]")).getText()).isEqualTo(agent.displayName());
        assertThat(navigationEntries()).containsExactlyElementsOf(expectedEntries(Set.of(Role.AGENT)));
        assertThat(navigationEntries()).startsWith(english("agent.nav.queue"), english("agent.nav.register"));
    }

    @Test
    void anHrUserSeesTheHrEntriesAndNoneOfTheAgents() {
        Staff hr = newStaff(Role.HR);

        signIn(hr);

        assertThat(navigationEntries()).containsExactlyElementsOf(expectedEntries(Set.of(Role.HR)));
        assertThat(navigationEntries()).doesNotContain(english("agent.nav.queue"), english("agent.nav.register"));
    }

    @Test
    void signingOutReturnsToTheLoginPageAndEndsTheSession() {
        signIn(newStaff(Role.AGENT));

        element(By.cssSelector("form.logout button")).click();

        waitFor().until(driver -> currentPath().equals("/login"));
        assertThat(element(By.cssSelector("[data-testid=logged-out]")).isDisplayed()).isTrue();
        open("/console");
        waitFor().until(driver -> currentPath().equals("/login"));
    }

    @Test
    void theConsoleWithoutASessionLeadsToTheLoginPage() {
        open("/console");

        waitFor().until(driver -> currentPath().equals("/login"));
        assertThat(element(By.id("username")).isDisplayed()).isTrue();
    }

    @Test
    void theLanguageSwitchShowsTheConsoleInSimplifiedChinese() {
        signIn(newStaff(Role.AGENT));

        element(By.cssSelector(".language a[hreflang=zh-CN]")).click();

        waitFor().until(driver -> driver.findElement(By.cssSelector("form.logout button")).getText()
                .equals(messages.getMessage("console.logout", null, Locale.SIMPLIFIED_CHINESE)));
        assertThat(browser().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        element(By.cssSelector(".language a[hreflang=en]")).click();
        waitFor().until(driver -> driver.findElement(By.cssSelector("form.logout button")).getText()
                .equals(english("console.logout")));
    }

    /** The entries the navigation must show to someone holding exactly these roles, in order. */
    private List<String> expectedEntries(Set<Role> roles) {
        return context.getBeansOfType(ConsoleArea.class).values().stream().filter(area -> area.visibleTo(roles))
                .sorted(java.util.Comparator.comparingInt(ConsoleArea::order))
                .map(area -> english(area.labelKey())).toList();
    }

    private String english(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }
}
