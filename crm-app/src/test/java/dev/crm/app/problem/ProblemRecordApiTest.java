package dev.crm.app.problem;

import static dev.crm.app.problem.ProblemFixtures.about;
import static dev.crm.app.problem.ProblemFixtures.complain;
import static dev.crm.app.problem.ProblemFixtures.complaint;
import static dev.crm.app.problem.ProblemFixtures.text;
import static dev.crm.app.problem.ProblemFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A problem record's analysis, corrective action plan and PDCA cycle over HTTP, with the
 * effectiveness check counted from real complaints; bad input names its fields, roles and
 * optimistic locking hold.
 */
class ProblemRecordApiTest extends ApiIntegrationTest {

    @Test
    void aPlanRunsThroughPdcaAndItsEffectIsMeasuredOnTheComplaintsInScope() {
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        ApiClient agent = asNewStaff(Role.AGENT);
        String product = unique("ROUTER");
        // Millisecond precision, as the store keeps instants.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant effective = now.minus(Duration.ofDays(30));
        // Four complaints in the 30 days before the measures took effect, one after; one outside both
        // windows, one of another type. Weeks apart, from different customers: no batch, no repeat.
        for (int daysAgo : new int[] {58, 50, 42, 34}) {
            complain(agent, about(complaint(unique("m") + "@example.com", now.minus(Duration.ofDays(daysAgo))),
                    product), "PRICE");
        }
        for (int daysAgo : new int[] {10, 75}) {
            complain(agent, about(complaint(unique("m") + "@example.com", now.minus(Duration.ofDays(daysAgo))),
                    product), "PRICE");
        }
        complain(agent, about(complaint(unique("m") + "@example.com", now.minus(Duration.ofDays(12))), product),
                "SERVICE");

        ApiResponse opened = supervisor.post("/api/v1/problems", Map.of("title", "Router prices confuse customers",
                "scope", Map.of("type", "PRICE", "productReference", product)));
        assertThat(opened.status()).isEqualTo(201);
        String path = "/api/v1/problems/" + text(opened, "number");
        assertThat(text(opened, "origin")).isEqualTo("MANUAL");
        assertThat(text(opened, "stage")).isEqualTo("PLAN");

        ApiResponse analysed = supervisor.put(path + "/analysis", analysis());
        assertThat(analysed.status()).isEqualTo(200);
        assertThat(analysed.body().at("/analysis/whys/2/answer").asString()).isEqualTo("Nobody owns the price page");
        assertThat(analysed.body().at("/analysis/fishbone/0/category").asString()).isEqualTo("PROCESS");
        assertThat(supervisor.put(path + "/plan", plan()).status()).isEqualTo(200);

        ApiResponse doing = supervisor.post(path + "/pdca/advance", Map.of("effectiveFrom", effective.toString()));
        assertThat(doing.status()).as("%s", doing).isEqualTo(200);
        assertThat(text(doing, "stage")).isEqualTo("DO");
        ApiResponse tooEarly = supervisor.post(path + "/pdca/advance", Map.of());
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.body().at("/errors/0/field").asString()).isEqualTo("milestones[0]");
        supervisor.post(path + "/plan/milestones/1/done", Map.of("note", "New page live"));
        ApiResponse unreasoned = supervisor.post(path + "/plan/milestones/2/skip", Map.of());
        assertThat(unreasoned.status()).isEqualTo(422);
        assertThat(unreasoned.body().at("/errors/0/field").asString()).isEqualTo("reason");
        supervisor.post(path + "/plan/milestones/2/skip", Map.of("reason", "Training covered it"));
        assertThat(text(supervisor.post(path + "/pdca/advance", Map.of()), "stage")).isEqualTo("CHECK");

        ApiResponse checked = supervisor.post(path + "/effectiveness-check", Map.of());
        assertThat(checked.status()).as("%s", checked).isEqualTo(200);
        var check = checked.body().at("/checks/0");
        assertThat(check.get("kpi").asString()).isEqualTo("COMPLAINTS_PER_30_DAYS");
        assertThat(check.at("/before/complaints").asLong()).isEqualTo(4);
        assertThat(check.at("/after/complaints").asLong()).isEqualTo(1);
        assertThat(check.at("/before/per30Days").decimalValue()).isEqualByComparingTo("4.00");
        assertThat(check.get("changePercent").decimalValue()).isEqualByComparingTo("-75.0");
        assertThat(Instant.parse(check.at("/before/to").asString())).isEqualTo(effective);

        ApiResponse acting = supervisor.post(path + "/effectiveness-check/verdict",
                Map.of("verdict", "EFFECTIVE", "note", "Down from 4 to 1 a month"));
        assertThat(text(acting, "stage")).isEqualTo("ACT");
        ApiResponse closed = supervisor.post(path + "/pdca/advance",
                Map.of("note", "Price page owned by marketing, reviewed monthly"));
        assertThat(text(closed, "stage")).isEqualTo("CLOSED");
        List<String> stages = new ArrayList<>();
        closed.body().get("transitions").values().forEach(t -> stages.add(t.get("to").asString()));
        assertThat(stages).containsExactly("PLAN", "DO", "CHECK", "ACT", "CLOSED");
        assertThat(closed.body().at("/transitions/1/by").asString())
                .isEqualTo(supervisor.get("/api/v1/me").body().get("username").asString());
    }

    @Test
    void anIneffectivePlanGoesBackToPlanForAnotherCycle() {
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        String path = "/api/v1/problems/" + text(supervisor.post("/api/v1/problems", Map.of("title", "Slow refunds",
                "scope", Map.of("type", "PROCESS", "productCategory", unique("cat")))), "number");
        supervisor.put(path + "/analysis", analysis());
        supervisor.put(path + "/plan", plan());
        supervisor.post(path + "/pdca/advance", Map.of("effectiveFrom", Instant.now().minus(Duration.ofDays(8))
                .toString()));
        supervisor.post(path + "/plan/milestones/1/done", Map.of());
        supervisor.post(path + "/plan/milestones/2/done", Map.of());
        supervisor.post(path + "/pdca/advance", Map.of());

        ApiResponse notOver = supervisor.post(path + "/effectiveness-check", Map.of());
        assertThat(notOver.status()).as("the 30-day after window is not over").isEqualTo(422);
        assertThat(notOver.body().at("/errors/0/field").asString()).isEqualTo("after.to");
        assertThat(supervisor.post(path + "/effectiveness-check", Map.of("windowDays", 7,
                "kpi", "REPEAT_COMPLAINTS_PER_30_DAYS")).status()).isEqualTo(200);
        ApiResponse again = supervisor.post(path + "/effectiveness-check/verdict", Map.of("verdict", "NOT_EFFECTIVE"));

        assertThat(text(again, "stage")).isEqualTo("PLAN");
        assertThat(again.body().get("cycle").asInt()).isEqualTo(2);
        assertThat(again.body().at("/checks/0/verdict").asString()).isEqualTo("NOT_EFFECTIVE");
        assertThat(again.body().at("/checks/0/kpi").asString()).isEqualTo("REPEAT_COMPLAINTS_PER_30_DAYS");
    }

    @Test
    void badInputIs400NamingTheFieldAndMissingPrerequisitesAre422() {
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);

        ApiResponse untitled = supervisor.post("/api/v1/problems", Map.of("description", "no title"));
        assertThat(untitled.status()).isEqualTo(400);
        assertThat(untitled.body().at("/errors/0/field").asString()).isEqualTo("title");
        ApiResponse badType = supervisor.post("/api/v1/problems", Map.of("title", "x",
                "scope", Map.of("type", "NOPE")));
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.body().at("/errors/0/field").asString()).isEqualTo("scope.type");

        String path = "/api/v1/problems/" + text(supervisor.post("/api/v1/problems", Map.of("title", "Rude couriers")),
                "number");
        ApiResponse blankAnswer = supervisor.put(path + "/analysis", Map.of("whys", List.of(
                Map.of("why", "Why rude?", "answer", "Stress"), Map.of("why", "Why stress?", "answer", " "))));
        assertThat(blankAnswer.status()).isEqualTo(400);
        assertThat(blankAnswer.body().at("/errors/0/field").asString()).isEqualTo("whys[1].answer");
        Map<String, Object> undated = new HashMap<>(plan());
        undated.put("milestones", List.of(Map.of("title", "Courier training")));
        ApiResponse noDueDate = supervisor.put(path + "/plan", undated);
        assertThat(noDueDate.status()).isEqualTo(400);
        assertThat(noDueDate.body().at("/errors/0/field").asString()).isEqualTo("milestones[0].dueOn");

        ApiResponse unplanned = supervisor.post(path + "/pdca/advance", Map.of());
        assertThat(unplanned.status()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        unplanned.body().get("errors").values().forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("rootCause", "whys", "goal", "measures", "milestones");
        ApiResponse notChecking = supervisor.post(path + "/effectiveness-check", Map.of());
        assertThat(notChecking.status()).as("measured only in CHECK").isEqualTo(409);
        assertThat(supervisor.get("/api/v1/problems/P-1999-000001").status()).isEqualTo(404);
        assertThat(supervisor.get("/api/v1/problems?stage=SOMEWHERE").status()).isEqualTo(400);
    }

    @Test
    void supervisorsWriteAgentsAndAnalystsReadOthersSeeNothing() {
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        String number = text(supervisor.post("/api/v1/problems", Map.of("title", "Wrong invoices")), "number");

        assertThat(asNewStaff(Role.AGENT).post("/api/v1/problems", Map.of("title", "x")).status()).isEqualTo(403);
        assertThat(asNewStaff(Role.ANALYST).put("/api/v1/problems/" + number + "/analysis", analysis()).status())
                .isEqualTo(403);
        assertThat(asNewStaff(Role.AGENT).get("/api/v1/problems/" + number).status()).isEqualTo(200);
        ApiResponse list = asNewStaff(Role.ANALYST).get("/api/v1/problems?origin=MANUAL&open=true&size=200");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().get("items").toString()).contains(number);
        assertThat(asNewStaff(Role.HR).get("/api/v1/problems/" + number).status()).isEqualTo(403);
        assertThat(anonymous().get("/api/v1/problems").status()).isEqualTo(401);
    }

    @Test
    void twoSupervisorsEditingTheSameVersionOneWinsTheOtherGets409() throws Exception {
        ApiClient first = asNewStaff(Role.SUPERVISOR);
        ApiClient second = asNewStaff(Role.SUPERVISOR);
        ApiResponse opened = first.post("/api/v1/problems", Map.of("title", "Lost parcels"));
        String path = "/api/v1/problems/" + text(opened, "number");
        String etag = opened.header("ETag");

        CompletableFuture<ApiResponse> a = CompletableFuture.supplyAsync(() ->
                first.putWithHeader(path + "/analysis", "If-Match", etag, analysis()));
        CompletableFuture<ApiResponse> b = CompletableFuture.supplyAsync(() ->
                second.putWithHeader(path + "/plan", "If-Match", etag, plan()));

        assertThat(List.of(a.get().status(), b.get().status())).containsExactlyInAnyOrder(200, 409);
        ApiResponse stale = first.putWithHeader(path + "/plan", "If-Match", etag, plan());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("type").asString()).isEqualTo("urn:crm:problem:concurrent-modification");
        ApiResponse current = first.get(path);
        assertThat(first.putWithHeader(path + "/plan", "If-Match", current.header("ETag"), plan()).status())
                .isEqualTo(200);
    }

    static Map<String, Object> analysis() {
        return Map.of(
                "whys", List.of(
                        Map.of("why", "Why are customers confused?", "answer", "Prices differ between page and till"),
                        Map.of("why", "Why do they differ?", "answer", "The page is not updated"),
                        Map.of("why", "Why is it not updated?", "answer", "Nobody owns the price page")),
                "fishbone", List.of(Map.of("category", "PROCESS", "cause", "No owner for price updates"),
                        Map.of("category", "SYSTEM", "cause", "Till and page priced separately")),
                "rootCause", "No one owns the price page",
                "rootCauseCategory", "PROCESS");
    }

    static Map<String, Object> plan() {
        return Map.of("goal", "Page and till always agree",
                "measures", List.of("Marketing owns the price page", "Daily price sync"),
                "responsibleDepartment", "marketing",
                "milestones", List.of(Map.of("title", "Owner named", "dueOn", LocalDate.now().toString()),
                        Map.of("title", "Sync job live", "dueOn", LocalDate.now().plusDays(14).toString())),
                "expectedResult", "Price complaints down by half");
    }
}
