package dev.crm.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.Role;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A console test in a real headless Chromium against the shared application context of
 * {@link ApiIntegrationTest} (no context of its own). One browser per test JVM, started on first
 * use; each test starts signed out with no cookies. A screenshot of every test, passed or failed,
 * goes to {@code target/browser-screenshots/<TestClass>-<method>.png}.
 *
 * <p>Without Chromium and chromedriver the tests are skipped, with the reason, unless
 * {@code CRM_REQUIRE_BROWSER=1} (as {@code .ci/run} sets it): then they fail.
 */
@ExtendWith(BrowserTest.Screenshots.class)
public abstract class BrowserTest extends ApiIntegrationTest {

    private static final Path SCREENSHOTS = Paths.get("target", "browser-screenshots");
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static WebDriver browser;
    private static String unavailable;

    /** The browser of this JVM; the same one for every test. */
    protected WebDriver browser() {
        return browser;
    }

    @BeforeEach
    void freshBrowserSession() {
        WebDriver driver = sharedBrowser();
        driver.manage().deleteAllCookies();
    }

    /** A staff member's sign-in, opened through the API as the admin. */
    public record Staff(String username, String password, String displayName) {
    }

    /** Opens a fresh staff account with the given roles (and department, null for none). */
    protected Staff newStaff(String department, Role... roles) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Staff staff = new Staff("staff-" + suffix, "Secret-" + suffix + "-42x", "Tester " + suffix);
        Map<String, Object> account = new HashMap<>(Map.of("username", staff.username(), "password",
                staff.password(), "displayName", staff.displayName(), "roles",
                Arrays.stream(roles).map(Enum::name).toList()));
        account.put("department", department);
        ApiResponse opened = asAdmin().post("/api/v1/staff", account);
        assertThat(opened.status()).as("opening staff account: %s", opened).isEqualTo(201);
        return staff;
    }

    protected Staff newStaff(Role... roles) {
        return newStaff(null, roles);
    }

    /** Opens a path of the console (e.g. {@code /console/agent/queue}) in the browser. */
    protected void open(String path) {
        browser.get(baseUrl() + path);
    }

    /** Signs in through the real login form and waits for the start page. */
    protected void signIn(Staff staff) {
        submitLogin(staff.username(), staff.password());
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=signed-in-user]")));
    }

    /** Fills and submits the login form, whatever the outcome. */
    protected void submitLogin(String username, String password) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor().until(driver -> !driver.getCurrentUrl().equals(baseUrl() + "/login"));
    }

    /**
     * Waits up to ten seconds. A condition that finds its element again on every poll may meet the
     * element just as htmx swaps it for a fresh copy (a polled progress fragment): stale then means
     * "look again", not failure.
     */
    protected WebDriverWait waitFor() {
        return waitFor(WAIT);
    }

    protected WebDriverWait waitFor(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(browser, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    protected WebElement element(By locator) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * Clicks a form's control and waits for the next page: the control gone from the document,
     * then a heading. Chrome reports a control of the page being replaced either as stale or as
     * "node does not belong to the document"; both mean the old page is gone.
     */
    protected void submit(WebElement control) {
        control.click();
        waitFor().until(driver -> {
            try {
                control.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException replaced) {
                if (String.valueOf(replaced.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw replaced;
            }
        });
        element(By.tagName("h1"));
    }

    protected void submit(By locator) {
        submit(element(locator));
    }

    /** The path (no host, no query) the browser is on. */
    protected String currentPath() {
        return java.net.URI.create(browser.getCurrentUrl()).getPath();
    }

    /** The texts of the navigation's entries, in order. */
    protected List<String> navigationEntries() {
        return browser.findElements(By.cssSelector(".site-nav a")).stream().map(WebElement::getText).toList();
    }

    private static synchronized WebDriver sharedBrowser() {
        if (browser == null && unavailable == null) {
            start();
        }
        if (browser == null) {
            boolean required = "1".equals(System.getenv("CRM_REQUIRE_BROWSER"));
            if (required) {
                throw new IllegalStateException("CRM_REQUIRE_BROWSER=1 but " + unavailable);
            }
            Assumptions.abort("Browser tests skipped: " + unavailable
                    + " (install the Debian packages chromium and chromium-driver)");
        }
        return browser;
    }

    private static void start() {
        Optional<Path> chromium = executable("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome");
        Optional<Path> driver = executable("/usr/bin/chromedriver", "chromedriver");
        if (chromium.isEmpty() || driver.isEmpty()) {
            unavailable = chromium.isEmpty() ? "no Chromium found" : "no chromedriver found";
            return;
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,800",
                "--lang=en-US", "--disable-gpu", "--no-first-run");
        // The driver is given explicitly, so Selenium Manager never tries to download one.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile())
                .usingAnyFreePort().build();
        try {
            browser = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            unavailable = "Chromium did not start: " + e.getMessage();
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(browser::quit));
    }

    private static Optional<Path> executable(String... candidates) {
        for (String candidate : candidates) {
            if (candidate.startsWith("/")) {
                if (Files.isExecutable(Path.of(candidate))) {
                    return Optional.of(Path.of(candidate));
                }
                continue;
            }
            String path = System.getenv("PATH");
            for (String directory : path == null ? new String[0] : path.split(File.pathSeparator)) {
                Path file = Path.of(directory, candidate);
                if (Files.isExecutable(file)) {
                    return Optional.of(file);
                }
            }
        }
        return Optional.empty();
    }

    /** Saves what the browser shows at the end of each test, passed or failed. */
    static final class Screenshots implements AfterTestExecutionCallback {

        @Override
        public void afterTestExecution(ExtensionContext context) {
            if (!(browser instanceof TakesScreenshot camera)) {
                return;
            }
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            try {
                Files.createDirectories(SCREENSHOTS);
                File shot = camera.getScreenshotAs(OutputType.FILE);
                Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                // A browser that died must not hide the test's own outcome.
                context.publishReportEntry("screenshot", "not taken: " + e.getMessage());
            }
        }
    }
}
