package dev.crm.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.Role;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;

/** The training pages in a real browser: courses, sitting an assessment, grading, scorecard privacy. */
class HrTrainingBrowserTest extends BrowserTest {

    @Autowired
    MessageSource messages;

    @Test
    void anHrUserIsShownTheFieldErrorOfABadCourseThenOffersAValidOne() {
        Staff hr = newStaff(Role.HR);
        signIn(hr);
        String code = "CON-" + suffix().toUpperCase(Locale.ROOT);
        open("/console/hr/courses");
        submit(element(By.cssSelector("[data-testid=new-course]")));

        element(By.id("code")).sendKeys(code);
        // No title: refused, shown next to the field, nothing saved.
        browser().findElement(By.cssSelector("#category option[value=SERVICE_SKILLS]")).click();
        browser().findElement(By.cssSelector("#deliveryForm option[value=LECTURE]")).click();
        submit(By.cssSelector("main form button[type=submit]"));
        assertThat(element(By.id("title-error")).getText()).isNotBlank();
        assertThat(browser().findElement(By.id("title")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(asAdmin().get("/api/v1/training/courses/" + code).status()).isEqualTo(404);

        element(By.id("title")).sendKeys("Listening to angry customers");
        submit(By.cssSelector("main form button[type=submit]"));
        assertThat(currentPath()).isEqualTo("/console/hr/courses/" + code);
        assertThat(element(By.cssSelector("[data-testid=saved]")).getText()).isEqualTo(english("hr.course.offered"));
        assertThat(asAdmin().get("/api/v1/training/courses/" + code).body().get("title").asString())
                .isEqualTo("Listening to angry customers");
    }

    @Test
    void anAgentSitsAnAssessmentAgainstTheTimerAndSeesTheAutomaticResult() {
        ApiClient hr = asNewStaff(Role.HR);
        String course = "CAS-" + suffix();
        String bank = "BANK-" + suffix().toUpperCase(Locale.ROOT);
        String assessment = "AS-" + suffix().toUpperCase(Locale.ROOT);
        offerCourse(hr, course);
        ok(hr.post("/api/v1/training/question-banks", Map.of("code", bank, "title", "Basics", "topic", "service")));
        ok(hr.post("/api/v1/training/question-banks/" + bank + "/questions", Map.of("kind", "SINGLE_CHOICE",
                "text", "Whom do you greet first?", "points", 2, "options", List.of(
                        Map.of("text", "Alpha", "correct", true), Map.of("text", "Beta", "correct", false),
                        Map.of("text", "Gamma", "correct", false)))));
        ok(hr.post("/api/v1/training/question-banks/" + bank + "/questions", Map.of("kind", "TRUE_FALSE",
                "text", "A complaint is a gift.", "points", 1, "statementIsTrue", true)));
        ok(hr.post("/api/v1/training/assessments", assessment(assessment, course, bank, 2, List.of())));

        Staff agent = newStaff(Role.AGENT);
        signIn(agent);
        open("/console/hr/my-training");
        submit(element(By.cssSelector("[data-testid=start-" + assessment + "]")));
        assertThat(currentPath()).startsWith("/console/hr/attempts/");

        // The timer shows the time left and counts down (30-minute limit).
        WebElement timeLeft = element(By.cssSelector("[data-testid=time-left]"));
        int first = seconds(timeLeft.getText());
        assertThat(first).isBetween(29 * 60, 30 * 60);
        waitFor().until(d -> seconds(timeLeft.getText()) < first);
        // The candidate's paper carries no answer key: no correctness anywhere in the page.
        String paper = browser().getPageSource();
        assertThat(paper).doesNotContain(english("hr.attempt.correct")).doesNotContain("correct\"");
        assertThat(browser().findElements(By.cssSelector(".badge.ok"))).isEmpty();

        browser().findElement(By.xpath("//label[normalize-space()='Alpha']")).click();
        browser().findElement(By.xpath("//label[normalize-space()='" + english("hr.answer.TRUE") + "']")).click();
        submit(By.cssSelector("[data-testid=submit-attempt]"));

        assertThat(element(By.cssSelector("[data-testid=result-status]")).getText())
                .isEqualTo(english("hr.attempt.status.GRADED"));
        assertThat(element(By.cssSelector("[data-testid=result-score]")).getText()).contains("100");
        assertThat(element(By.cssSelector("[data-testid=result-outcome]")).getText())
                .contains(english("hr.attempt.passed"));
        // Once graded, the candidate sees the key: the check above could have failed.
        assertThat(browser().getPageSource()).contains(english("hr.attempt.correct"));
    }

    @Test
    void aNamedReviewerGradesAFreeTextAnswerFromTheQueueAfterAFieldError() {
        ApiClient hr = asNewStaff(Role.HR);
        Staff reviewer = newStaff(Role.SUPERVISOR);
        String course = "CGR-" + suffix();
        String bank = "BANK-" + suffix().toUpperCase(Locale.ROOT);
        String assessment = "AS-" + suffix().toUpperCase(Locale.ROOT);
        offerCourse(hr, course);
        ok(hr.post("/api/v1/training/question-banks", Map.of("code", bank, "title", "Open", "topic", "service")));
        ok(hr.post("/api/v1/training/question-banks/" + bank + "/questions", Map.of("kind", "FREE_TEXT",
                "text", "How do you calm an angry caller?", "modelAnswer", "Listen, acknowledge, act",
                "rubric", List.of(Map.of("description", "empathy", "maxPoints", 4, "guidance", "acknowledges"),
                        Map.of("description", "remedy", "maxPoints", 6, "guidance", "offers a remedy")))));
        ok(hr.post("/api/v1/training/assessments", assessment(assessment, course, bank, 1,
                List.of(reviewer.username()))));
        ApiClient candidate = asNewStaff(Role.AGENT);
        ApiResponse started = candidate.post("/api/v1/training/assessments/" + assessment + "/attempts", Map.of());
        ok(started);
        String attempt = started.body().get("id").asString();
        String question = started.body().get("questions").get(0).get("id").asString();
        ok(candidate.post("/api/v1/training/attempts/" + attempt + "/submit", Map.of("answers", List.of(
                Map.of("questionId", question, "text", "I listen first and say sorry.")))));

        signIn(reviewer);
        open("/console/hr/grading");
        submit(element(By.cssSelector("[data-testid=grade-attempt-" + attempt + "]")));
        assertThat(browser().getPageSource()).contains("I listen first and say sorry.");

        WebElement empathy = element(By.id("points-" + question + "-C1"));
        empathy.sendKeys("9");
        browser().findElement(By.id("points-" + question + "-C2")).sendKeys("5");
        submit(By.cssSelector("[data-testid=grade-" + question + "] button[type=submit]"));
        WebElement error = element(By.id("points-" + question + "-C1-error"));
        assertThat(error.getText()).isEqualTo(message("hr.grade.points-range", 4));
        assertThat(browser().findElement(By.id("points-" + question + "-C1")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(element(By.cssSelector("[data-testid=result-status]")).getText())
                .isEqualTo(english("hr.attempt.status.AWAITING_GRADING"));

        WebElement points = browser().findElement(By.id("points-" + question + "-C1"));
        points.clear();
        points.sendKeys("3");
        submit(By.cssSelector("[data-testid=grade-" + question + "] button[type=submit]"));
        assertThat(element(By.cssSelector("[data-testid=saved]")).getText()).isEqualTo(english("hr.grade.saved"));
        assertThat(element(By.cssSelector("[data-testid=result-status]")).getText())
                .isEqualTo(english("hr.attempt.status.GRADED"));
        assertThat(element(By.cssSelector("[data-testid=result-score]")).getText()).startsWith("8");

        JsonNode result = candidate.get("/api/v1/training/attempts/" + attempt).body();
        assertThat(result.get("status").asString()).isEqualTo("GRADED");
    }

    @Test
    void anAgentCannotOpenAnotherAgentsScorecard() {
        Staff agent = newStaff(Role.AGENT);
        Staff colleague = newStaff(Role.AGENT);
        signIn(agent);
        open("/console/hr/scorecards/" + colleague.username() + "?period=2026-Q1");
        assertThat(element(By.cssSelector("[data-testid=console-error]")).getText())
                .contains(english("console.error.forbidden"));
        assertThat(browser().getPageSource()).doesNotContain(english("hr.scorecard.handled"));
    }

    @Test
    void hrPlansACourseEnrolsSomeoneRecordsAttendanceCompletesAndReadsTheResults() {
        ApiClient admin = asAdmin();
        String department = "D" + suffix().toUpperCase(Locale.ROOT).substring(0, 6);
        Map<String, Object> unit = new HashMap<>(Map.of("code", department, "name", "Service desk " + department,
                "tier", "HQ_QUALITY_COMMITTEE"));
        ok(admin.post("/api/v1/training/departments", unit));
        Staff hr = newStaff(Role.HR);
        Staff learner = newStaff(Role.AGENT);
        String course = "CPL-" + suffix().toUpperCase(Locale.ROOT);
        offerCourse(ApiClient.signedIn(baseUrl(), hr.username(), hr.password()), course);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        signIn(hr);

        open("/console/hr/plans");
        new Select(element(By.id("departmentCode"))).selectByValue(department);
        date(By.id("periodStart"), today);
        date(By.id("periodEnd"), today.plusDays(90));
        element(By.id("title")).sendKeys("Listening year");
        element(By.id("needsAnalysis")).sendKeys("Callers feel unheard.");
        submit(By.cssSelector("form[method=post][action$='/console/hr/plans'] button[type=submit]"));
        assertThat(currentPath()).startsWith("/console/hr/plans/");
        String plan = currentPath().substring("/console/hr/plans/".length());
        submit(By.cssSelector("form[action$='/advance'] button[type=submit]"));
        assertThat(element(By.cssSelector("[data-testid=plan-stage]")).getText())
                .isEqualTo(english("hr.stage.COURSE_DESIGN"));
        element(By.id("courseCode")).sendKeys(course);
        date(By.id("dueDate"), today.plusDays(30));
        submit(By.cssSelector("form[action$='/courses'] button[type=submit]"));
        assertThat(element(By.cssSelector("[data-testid=saved]")).getText())
                .isEqualTo(english("hr.plan.course-planned"));

        open("/console/hr/courses/" + course);
        element(By.id("staff")).sendKeys(learner.username());
        date(By.id("dueDate"), today.plusDays(30));
        new Select(element(By.id("planId"))).selectByValue(plan);
        submit(By.cssSelector("form[action$='/enrolments'] button[type=submit]"));
        submit(element(By.cssSelector("[data-testid=enrolments]")).findElement(By.linkText(learner.username())));
        assertThat(currentPath()).startsWith("/console/hr/enrolments/");

        date(By.id("date"), today.minusDays(1));
        element(By.id("minutes")).sendKeys("60");
        submit(By.cssSelector("form[action$='/attendance'] button[type=submit]"));
        assertThat(element(By.cssSelector("[data-testid=saved]")).getText())
                .isEqualTo(english("hr.enrolment.attendance-recorded"));
        element(By.id("score")).sendKeys("101");
        submit(By.cssSelector("form[action$='/complete'] button[type=submit]"));
        assertThat(element(By.id("score-error")).getText()).isNotBlank();
        WebElement score = browser().findElement(By.id("score"));
        score.clear();
        score.sendKeys("90");
        submit(By.cssSelector("form[action$='/complete'] button[type=submit]"));
        assertThat(element(By.cssSelector("[data-testid=enrolment-status]")).getText())
                .isEqualTo(english("hr.status.COMPLETED"));

        open("/console/hr/courses/" + course + "/evaluation");
        assertThat(element(By.cssSelector("[data-testid=participants]")).getText()).startsWith("1 ");
        assertThat(element(By.cssSelector("[data-testid=level-4]")).getText()).contains(english("hr.no-data"));
        open("/console/hr/scorecards?department=" + department);
        assertThat(element(By.tagName("h1")).getText()).isEqualTo(english("hr.scorecards.title"));
    }

    private void date(By locator, LocalDate day) {
        ((JavascriptExecutor) browser()).executeScript("arguments[0].value = arguments[1]", element(locator),
                day.toString());
    }

    private static Map<String, Object> assessment(String code, String course, String bank, int count,
                                                  List<String> reviewers) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("title", "Console check");
        body.put("courseCode", course);
        body.put("drawRules", List.of(Map.of("bankCode", bank, "count", count)));
        body.put("timeLimitMinutes", 30);
        body.put("reviewers", reviewers);
        return body;
    }

    private static void offerCourse(ApiClient hr, String code) {
        ok(hr.post("/api/v1/training/courses", Map.of("code", code, "title", "Handling complaints",
                "category", "SERVICE_SKILLS", "deliveryForm", "ONLINE", "durationMinutes", 60)));
    }

    private static void ok(ApiResponse response) {
        assertThat(response.status()).as("%s", response).isBetween(200, 201);
    }

    /** "29:58" or "1:02:03" as seconds. */
    private static int seconds(String shown) {
        String[] parts = shown.trim().split(":");
        int total = 0;
        for (String part : parts) {
            total = total * 60 + Integer.parseInt(part);
        }
        return total;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private String english(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ENGLISH);
    }


}
