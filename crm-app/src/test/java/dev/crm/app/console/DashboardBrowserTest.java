package dev.crm.app.console;

import static dev.crm.app.complaint.KpiComplaints.aComplaint;
import static dev.crm.app.complaint.KpiComplaints.survey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.complaint.api.Channel;
import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.api.Grade;
import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiResponse;
import dev.crm.app.support.Jobs;
import dev.crm.core.api.Role;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The dashboards in the browser: charts drawn by Chart.js with as many points as their data tables
 * have rows, figures matching complaints created for the test, a live order import, and the role
 * boundary.
 */
class DashboardBrowserTest extends BrowserTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MessageSource messages;

    /**
     * January to April 2005 (a year no other test uses, so the shared store's complaints stay out):
     * <pre>
     * A Jan WEB_FORM L2 SERVICE first response 1 h (target 48 h), resolved 10 h (72 h): both met; CSAT 5
     * B Jan PHONE    L1 PRICE   first response 30 min (phone: 15 min), resolved 50 h (48 h): both missed; CSAT 2
     * C Mar WEB_FORM L2 SERVICE first response 2 h, resolved 20 h: both met; CSAT 4
     * </pre>
     * January: 1 of 2 = 50 % on both SLAs, satisfaction 1 of 2 = 50 % (below the 90 % target);
     * February and April: nothing, so no data (gaps); March: 100 % everywhere.
     */
    private void insertEarly2005(String prefix) {
        aComplaint(prefix + "A").receivedAt("2005-01-10T10:00:00Z").assessed(Grade.LEVEL_2, ComplaintType.SERVICE)
                .respondedAfter(Duration.ofHours(1)).resolvedAfter(Duration.ofHours(10)).insert(mongo);
        aComplaint(prefix + "B").via(Channel.PHONE).receivedAt("2005-01-20T10:00:00Z")
                .assessed(Grade.LEVEL_1, ComplaintType.PRICE).respondedAfter(Duration.ofMinutes(30))
                .resolvedAfter(Duration.ofHours(50)).insert(mongo);
        aComplaint(prefix + "C").receivedAt("2005-03-05T10:00:00Z").assessed(Grade.LEVEL_2, ComplaintType.SERVICE)
                .respondedAfter(Duration.ofHours(2)).resolvedAfter(Duration.ofHours(20)).insert(mongo);
        mongo.insert(List.of(
                survey("POST_RESOLUTION", prefix + "A", "WEB_FORM", null, "kpi.agent", "2005-01-12T09:00:00Z", 5, 9),
                survey("POST_RESOLUTION", prefix + "B", "PHONE", null, "kpi.agent", "2005-01-25T09:00:00Z", 2, 3),
                survey("POST_RESOLUTION", prefix + "C", "WEB_FORM", null, "kpi.agent", "2005-03-07T09:00:00Z", 4, 8)),
                "surveys");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theKpiDashboardDrawsEachChartWithTheFiguresOfItsTable() {
        insertEarly2005("K-2005-" + UUID.randomUUID().toString().substring(0, 6) + "-");
        signIn(newStaff(Role.ANALYST));
        assertThat(navigationEntries()).contains(english("dashboard.nav.kpis"), english("dashboard.nav.value"),
                english("dashboard.nav.liability"), english("dashboard.nav.jobs"));

        browser().findElement(By.linkText(english("dashboard.nav.kpis"))).click();
        waitFor().until(d -> currentPath().equals("/console/dashboards/complaints"));
        open("/console/dashboards/complaints?period=MONTH&from=2005-01-01&to=2005-04-30");

        List<WebElement> sla = rows("sla-row");
        assertThat(sla).extracting(row -> row.getAttribute("data-bucket"))
                .containsExactly("2005-01", "2005-02", "2005-03", "2005-04");
        assertThat(cells(sla, "complaints")).containsExactly("2", "0", "1", "0");
        assertThat(cells(sla, "first-response")).containsExactly("50.00 %", "no data", "100.00 %", "no data");
        assertThat(cells(sla, "resolution")).containsExactly("50.00 %", "no data", "100.00 %", "no data");

        List<WebElement> satisfaction = rows("satisfaction-row");
        assertThat(cells(satisfaction, "answered")).containsExactly("2", "0", "1", "0");
        assertThat(cells(satisfaction, "satisfaction")).containsExactly("50.00 %", "no data", "100.00 %", "no data");
        assertThat(cells(satisfaction, "against-target"))
                .containsExactly("Below target", "no data", "On target", "no data");

        assertThat(volume("channel-row", "WEB_FORM")).isEqualTo("2");
        assertThat(volume("channel-row", "PHONE")).isEqualTo("1");
        assertThat(volume("channel-row", "EMAIL")).isEqualTo("0");
        assertThat(volume("type-row", "SERVICE")).isEqualTo("2");
        assertThat(volume("type-row", "PRICE")).isEqualTo("1");

        WebElement slaChart = element(By.cssSelector("[data-testid=sla-chart]"));
        waitFor().until(d -> script("return Chart.getChart(arguments[0]) !== undefined", slaChart));
        assertThat(points(slaChart, 0)).isEqualTo(sla.size());
        assertThat((List<Object>) script("return Chart.getChart(arguments[0]).data.datasets[0].data", slaChart))
                .as("empty months are gaps, not zeros").containsExactly(50L, null, 100L, null);
        assertThat(script("return Chart.getChart(arguments[0]).data.datasets[0].data[1] === null", slaChart))
                .isEqualTo(true);
        assertThat(script("return Chart.getChart(arguments[0]).data.datasets[0].data[0]", slaChart)).isEqualTo(50L);

        WebElement satisfactionChart = element(By.cssSelector("[data-testid=satisfaction-chart]"));
        assertThat(points(satisfactionChart, 0)).isEqualTo(satisfaction.size());
        assertThat(script("return Chart.getChart(arguments[0]).data.datasets[1].data[0]", satisfactionChart))
                .as("the target line").isEqualTo(90L);

        assertThat(points(element(By.cssSelector("[data-testid=channel-chart]")), 0)).isEqualTo(rows("channel-row").size())
                .isEqualTo(Channel.values().length);
        assertThat(points(element(By.cssSelector("[data-testid=type-chart]")), 0)).isEqualTo(rows("type-row").size())
                .isEqualTo(ComplaintType.values().length);

        // The filter form keeps the range and changes the buckets: by quarter, 2 of 3 first responses met.
        new Select(element(By.id("period"))).selectByValue("QUARTER");
        browser().findElement(By.cssSelector("[data-testid=kpi-filter] button[type=submit]")).click();
        waitFor().until(d -> d.getCurrentUrl().contains("period=QUARTER"));
        List<WebElement> quarters = rows("sla-row");
        assertThat(quarters).extracting(row -> row.getAttribute("data-bucket")).containsExactly("2005-Q1", "2005-Q2");
        assertThat(cells(quarters, "first-response")).containsExactly("66.67 %", "no data");
        assertThat(points(element(By.cssSelector("[data-testid=sla-chart]")), 0)).isEqualTo(2);
    }

    @Test
    void theValueAndLiabilityDashboardsDrawAsManyBarsAsTheirTablesHaveRows() {
        signIn(newStaff(Role.SUPERVISOR));
        open("/console/dashboards/value");
        List<WebElement> tiers = rows("tier-row");
        assertThat(tiers).extracting(row -> row.getAttribute("data-tier")).startsWith("A", "B", "C", "D");
        assertThat(points(element(By.cssSelector("[data-testid=tier-chart]")), 0)).isEqualTo(tiers.size());
        assertThat(points(element(By.cssSelector("[data-testid=stage-chart]")), 0)).isEqualTo(rows("stage-row").size());
        if (!browser().findElements(By.cssSelector("[data-testid=clv-chart]")).isEmpty()) {
            assertThat(points(element(By.cssSelector("[data-testid=clv-chart]")), 0)).isEqualTo(rows("clv-row").size());
        }

        open("/console/dashboards/liability");
        assertThat(element(By.cssSelector("[data-testid=outstanding]")).getText()).matches("[0-9,]+");
        assertThat(element(By.cssSelector("[data-testid=redemption]")).isDisplayed()).isTrue();
        if (!browser().findElements(By.cssSelector("[data-testid=liability-chart]")).isEmpty()) {
            assertThat(points(element(By.cssSelector("[data-testid=liability-chart]")), 0))
                    .isEqualTo(rows("liability-row").size());
        }
        open("/console/dashboards/liability?from=2026-05-01&to=2026-04-01");
        assertThat(element(By.id("to-error")).getText()).isEqualTo("must be on or after from");
    }

    @Test
    void aBadRangeIsShownNextToItsFieldInsteadOfCharts() {
        signIn(newStaff(Role.SUPERVISOR));
        open("/console/dashboards/complaints?period=MONTH&from=2005-05-01&to=2005-01-01");

        assertThat(element(By.id("from-error")).getText()).contains("must not be after to");
        assertThat(browser().findElements(By.cssSelector("canvas"))).isEmpty();
    }

    @Test
    void anOrderImportShowsItsProgressAndEndsWithTheImportedRowCount() throws IOException {
        String u = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder("customerRef,orderRef,orderedAt,amount,currency\n");
        for (int i = 0; i < 40; i++) {
            csv.append("DC-").append(u).append('-').append(i % 7).append(",DO-").append(u).append('-').append(i)
                    .append(",2026-01-").append(String.format(Locale.ROOT, "%02d", 1 + i % 28)).append(",").append(10 + i)
                    .append(",CNY\n");
        }
        csv.append("DC-").append(u).append("-0,DO-").append(u).append("-bad,not-a-date,10,CNY\n");
        Path file = Files.createTempFile("orders-", ".csv");
        Files.writeString(file, csv);

        signIn(newStaff(Role.INTEGRATOR));
        browser().findElement(By.linkText(english("dashboard.nav.jobs"))).click();
        assertThat(browser().findElements(By.cssSelector("[data-testid=scoring-form]")))
                .as("an integrator may import orders but not start scoring runs").isEmpty();
        element(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser().findElement(By.cssSelector("[data-testid=import-form] button[type=submit]")).click();

        waitFor().until(d -> currentPath().matches("/console/dashboards/jobs/[^/]+"));
        WebElement bar = element(By.cssSelector("[data-testid=job-bar]"));
        assertThat(bar.getTagName()).isEqualTo("progress");
        waitFor().until(d -> "COMPLETED".equals(d.findElement(By.cssSelector("[data-testid=job-progress]"))
                .getAttribute("data-state")));
        assertThat(element(By.cssSelector("[data-testid=job-rows]")).getText()).isEqualTo("41 of 41 rows");
        assertThat(element(By.cssSelector("[data-testid=job-bar]")).getAttribute("value")).isEqualTo("100");
        assertThat(element(By.cssSelector("[data-testid=rows-succeeded]")).getText()).isEqualTo("40");
        assertThat(element(By.cssSelector("[data-testid=result-ordersImported]")).getText()).isEqualTo("40");
        assertThat(element(By.cssSelector("[data-testid=rows-failed]")).getText()).isEqualTo("1");
        assertThat(browser().findElements(By.cssSelector("[data-testid=job-error]"))).singleElement()
                .satisfies(row -> assertThat(row.getText()).startsWith("42").contains("orderedAt"));
        assertThat(browser().findElement(By.cssSelector("[data-testid=job-progress]")).getAttribute("hx-trigger"))
                .as("a finished job is no longer polled").isNull();
    }

    @Test
    void aClvFitRunsAsAJobWhoseProgressBarEndsInTheFittedParameters() {
        importOrdersWithRepeatPurchases();
        signIn(newStaff(Role.ANALYST));
        open("/console/dashboards/jobs");
        ((JavascriptExecutor) browser()).executeScript("arguments[0].value = arguments[1]",
                element(By.id("fit-asOf")), LocalDate.now(ZoneOffset.UTC).toString());
        new Select(element(By.id("fit-timeUnit"))).selectByValue("DAYS");
        submit(By.cssSelector("[data-testid=fit-form] button[type=submit]"));

        waitFor().until(d -> currentPath().matches("/console/dashboards/jobs/[^/]+"));
        assertThat(element(By.tagName("h1")).getText()).isEqualTo(english("dashboard.job.kind.clv-fit"));
        assertThat(element(By.cssSelector("[data-testid=job-bar]")).getTagName()).isEqualTo("progress");
        // The fit reads every order in the shared store, so it may take longer than a page does.
        waitFor(Duration.ofMinutes(2)).until(d -> List.of("COMPLETED", "FAILED").contains(
                d.findElement(By.cssSelector("[data-testid=job-progress]")).getAttribute("data-state")));
        assertThat(element(By.cssSelector("[data-testid=job-progress]")).getAttribute("data-state"))
                .as("%s", element(By.cssSelector("[data-testid=job-progress]")).getText()).isEqualTo("COMPLETED");
        assertThat(element(By.cssSelector("[data-testid=job-bar]")).getAttribute("value")).isEqualTo("100");
        assertThat(browser().findElements(By.cssSelector("[data-testid=job-stage]")))
                .as("a finished job names no running stage").isEmpty();
        JsonNode fit = asAdmin().get("/api/v1/clv/fits/" + element(By.cssSelector("[data-testid=fit-id]")).getText())
                .body();
        assertThat(element(By.cssSelector("[data-testid=fit-bgnbd]")).getText()).isEqualTo(String.format(Locale.ENGLISH,
                "%.4f, %.4f, %.4f, %.4f", fit.get("r").asDouble(), fit.get("alpha").asDouble(),
                fit.get("a").asDouble(), fit.get("b").asDouble()));
        assertThat(element(By.cssSelector("[data-testid=fit-gamma-gamma]")).getText()).isEqualTo(String.format(
                Locale.ENGLISH, "%.4f, %.4f, %.4f", fit.get("p").asDouble(), fit.get("q").asDouble(),
                fit.get("gamma").asDouble()));
        assertThat(fit.get("timeUnit").asString()).isEqualTo("DAYS");
        assertThat(browser().findElement(By.cssSelector("[data-testid=job-progress]")).getAttribute("hx-trigger"))
                .as("a finished job is no longer polled").isNull();
    }

    @Test
    void aClvFitTheOrdersCannotSupportEndsWithItsReason() {
        signIn(newStaff(Role.ADMIN));
        open("/console/dashboards/jobs");
        ((JavascriptExecutor) browser()).executeScript("arguments[0].value = '2000-01-01'",
                element(By.id("fit-asOf")));
        submit(By.cssSelector("[data-testid=fit-form] button[type=submit]"));

        waitFor().until(d -> currentPath().matches("/console/dashboards/jobs/[^/]+"));
        waitFor().until(d -> "FAILED".equals(d.findElement(By.cssSelector("[data-testid=job-progress]"))
                .getAttribute("data-state")));
        assertThat(element(By.cssSelector("[data-testid=job-failure]")).getText()).contains(
                "no customer bought in CNY before 2000-01-01; there is nothing to fit");
        assertThat(browser().findElements(By.cssSelector("[data-testid=fit-result]"))).isEmpty();
    }

    /** Forty customers, most buying again, so both models have something to fit. */
    private void importOrdersWithRepeatPurchases() {
        String u = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Random random = new Random(7);
        StringBuilder csv = new StringBuilder("customerRef,orderRef,orderedAt,amount,currency\n");
        for (int c = 0; c < 40; c++) {
            long first = 60 + random.nextInt(400);
            csv.append("FIT-").append(u).append('-').append(c).append(",FIT-").append(u).append('-').append(c)
                    .append("-0,").append(today.minusDays(first)).append(',').append(40 + random.nextInt(200))
                    .append(",CNY\n");
            for (int r = 1; r <= random.nextInt(6); r++) {
                csv.append("FIT-").append(u).append('-').append(c).append(",FIT-").append(u).append('-').append(c)
                        .append('-').append(r).append(',').append(today.minusDays(random.nextLong(first)))
                        .append(',').append(40 + random.nextInt(200)).append(",CNY\n");
            }
        }
        ApiClient admin = asAdmin();
        ApiResponse imported = Jobs.awaitFinished(admin, admin.postRaw("/api/v1/orders/import", "text/csv",
                csv.toString()));
        assertThat(imported.body().get("rowsFailed").asLong()).as("%s", imported).isZero();
    }

    @Test
    void aClvFitForADayInTheFutureIsRefusedNextToItsField() {
        signIn(newStaff(Role.ANALYST));
        open("/console/dashboards/jobs");
        assertThat(browser().findElements(By.cssSelector("[data-testid=import-form]")))
                .as("an analyst may fit and score but not import orders").isEmpty();
        ((JavascriptExecutor) browser()).executeScript("arguments[0].value = '2999-01-01'",
                element(By.id("fit-asOf")));
        browser().findElement(By.cssSelector("[data-testid=fit-form] button[type=submit]")).click();

        assertThat(element(By.id("fit-asOf-error")).getText()).startsWith("must not be after today");
        assertThat(element(By.id("fit-asOf")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(currentPath()).as("nothing was queued").isEqualTo("/console/dashboards/jobs/clv-fits");
    }

    @Test
    void anAgentSeesNoDashboardsAndIsRefusedThem() throws Exception {
        signIn(newStaff(Role.AGENT));
        assertThat(navigationEntries()).doesNotContain(english("dashboard.nav.kpis"), english("dashboard.nav.value"),
                english("dashboard.nav.liability"), english("dashboard.nav.jobs"));

        for (String path : List.of("/console/dashboards/complaints", "/console/dashboards/value",
                "/console/dashboards/liability", "/console/dashboards/jobs")) {
            open(path);
            assertThat(element(By.cssSelector("[data-testid=console-error]")).getText())
                    .isEqualTo(english("console.error.forbidden"));
            assertThat(statusWithBrowserSession(path)).as(path).isEqualTo(403);
        }
    }

    /** The HTTP status of a GET with the browser's session cookie (Selenium does not expose statuses). */
    private int statusWithBrowserSession(String path) throws IOException, InterruptedException {
        String cookies = String.join("; ", browser().manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).toList());
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Cookie", cookies).GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private List<WebElement> rows(String testId) {
        element(By.cssSelector("[data-testid=" + testId + "]"));
        return browser().findElements(By.cssSelector("[data-testid=" + testId + "]"));
    }

    private static List<String> cells(List<WebElement> rows, String testId) {
        return rows.stream().map(row -> row.findElement(By.cssSelector("[data-testid=" + testId + "]")).getText())
                .toList();
    }

    private String volume(String rowTestId, String value) {
        return element(By.cssSelector("[data-testid=" + rowTestId + "][data-value=" + value + "] [data-testid=complaints]"))
                .getText();
    }

    private long points(WebElement canvas, int dataset) {
        waitFor().until(d -> script("return Chart.getChart(arguments[0]) !== undefined", canvas));
        return ((Number) script("return Chart.getChart(arguments[0]).data.datasets[" + dataset + "].data.length",
                canvas)).longValue();
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser()).executeScript(code, arguments);
    }

    private String english(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }
}
