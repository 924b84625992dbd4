package dev.crm.app.training;

import static dev.crm.app.training.TrainingFixtures.course;
import static dev.crm.app.training.TrainingFixtures.created;
import static dev.crm.app.training.TrainingFixtures.fields;
import static dev.crm.app.training.TrainingFixtures.organisation;
import static dev.crm.app.training.TrainingFixtures.profile;
import static dev.crm.app.training.TrainingFixtures.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.Role;
import dev.crm.training.domain.Enrolment;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Versioned courses with prerequisites, plans, enrolments with attendance and completion, certificates. */
class CoursesAndEnrolmentsApiTest extends ApiIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    private final String suffix = TrainingFixtures.suffix();
    private final String inAMonth = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();

    @Test
    void aChangedCourseIsANewVersionAndEnrolmentsKeepTheVersionTheyTook() {
        ApiClient hr = asNewStaff(Role.HR);
        String agent = username(asNewStaff(Role.AGENT));
        created(hr.post("/api/v1/training/courses", course("V-" + suffix, "LECTURE")));
        String enrolmentId = created(hr.post("/api/v1/training/enrolments", Map.of("staff", agent, "courseCode",
                "V-" + suffix, "dueDate", inAMonth))).body().get("id").asString();
        Map<String, Object> changed = course("V-" + suffix, "LECTURE");
        changed.remove("code");
        changed.put("durationMinutes", 90);
        changed.put("materials", List.of(Map.of("title", "Slides", "url", "https://intranet.example/v.pdf")));

        ApiResponse revised = hr.put("/api/v1/training/courses/V-" + suffix, changed);
        ApiResponse same = hr.put("/api/v1/training/courses/V-" + suffix, changed);

        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.body().get("revision").asInt()).isEqualTo(2);
        assertThat(same.body().get("revision").asInt()).isEqualTo(2);
        assertThat(hr.get("/api/v1/training/courses/V-" + suffix + "/versions/1").body().get("durationMinutes")
                .asInt()).isEqualTo(60);
        assertThat(hr.get("/api/v1/training/courses/V-" + suffix + "/versions").body().size()).isEqualTo(2);
        assertThat(hr.get("/api/v1/training/enrolments/" + enrolmentId).body().get("courseRevision").asInt())
                .isEqualTo(1);
        assertThat(hr.get("/api/v1/training/courses/V-" + suffix + "/versions/3").status()).isEqualTo(404);
        changed.put("materials", List.of(Map.of("title", "Slides", "url", "ftp://nowhere")));
        assertThat(fields(hr.put("/api/v1/training/courses/V-" + suffix, changed))).containsExactly("materials[0].url");
    }

    @Test
    void prerequisitesMustExistMustNotLoopAndMustBeCompletedFirst() {
        ApiClient hr = asNewStaff(Role.HR);
        String agent = username(asNewStaff(Role.AGENT));
        created(hr.post("/api/v1/training/courses", course("BASE-" + suffix, "ONLINE")));
        Map<String, Object> advanced = course("ADV-" + suffix, "ONLINE");
        advanced.put("prerequisites", List.of("BASE-" + suffix));
        created(hr.post("/api/v1/training/courses", advanced));
        Map<String, Object> ghost = course("GHOST-" + suffix, "ONLINE");
        ghost.put("prerequisites", List.of("NOPE-" + suffix));
        Map<String, Object> loop = course("BASE-" + suffix, "ONLINE");
        loop.remove("code");
        loop.put("prerequisites", List.of("ADV-" + suffix));

        ApiResponse unknown = hr.post("/api/v1/training/courses", ghost);
        ApiResponse looping = hr.put("/api/v1/training/courses/BASE-" + suffix, loop);

        assertThat(unknown.status()).isEqualTo(422);
        assertThat(fields(unknown)).containsExactly("prerequisites");
        assertThat(looping.status()).isEqualTo(422);
        assertThat(fields(looping)).containsExactly("prerequisites");
        String adv = enrol(hr, agent, "ADV-" + suffix);
        String base = enrol(hr, agent, "BASE-" + suffix);
        ApiResponse tooEarly = hr.post("/api/v1/training/enrolments/" + adv + "/complete", Map.of());
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(fields(tooEarly)).containsExactly("prerequisites");
        assertThat(hr.post("/api/v1/training/enrolments/" + base + "/complete", Map.of()).status()).isEqualTo(200);
        ApiResponse done = hr.post("/api/v1/training/enrolments/" + adv + "/complete", Map.of("score", 88));
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(hr.post("/api/v1/training/enrolments/" + adv + "/complete", Map.of()).status()).isEqualTo(409);
    }

    @Test
    void completingACertifyingCourseIssuesACertificateTheHolderCanRead() {
        ApiClient hr = asNewStaff(Role.HR);
        ApiClient agent = asNewStaff(Role.AGENT);
        Map<String, Object> certifying = course("CERT-" + suffix, "LECTURE");
        certifying.put("certificateValidMonths", 12);
        created(hr.post("/api/v1/training/courses", certifying));
        String id = enrol(hr, username(agent), "CERT-" + suffix);

        ApiResponse unattended = hr.post("/api/v1/training/enrolments/" + id + "/complete", Map.of());
        ApiResponse future = hr.post("/api/v1/training/enrolments/" + id + "/attendance", Map.of("date", inAMonth,
                "present", true, "minutes", 60));
        ApiResponse attended = hr.post("/api/v1/training/enrolments/" + id + "/attendance", Map.of("date",
                LocalDate.now(ZoneOffset.UTC).toString(), "present", true, "minutes", 60));
        ApiResponse completed = hr.post("/api/v1/training/enrolments/" + id + "/complete", Map.of("score", 95));

        assertThat(fields(unattended)).containsExactly("attendance");
        assertThat(future.status()).isEqualTo(400);
        assertThat(fields(future)).containsExactly("date");
        assertThat(attended.body().get("attendance").size()).isEqualTo(1);
        String certificateId = completed.body().get("certificateId").asString();
        ApiResponse certificate = agent.get("/api/v1/training/certificates/" + certificateId);
        assertThat(certificate.status()).isEqualTo(200);
        assertThat(certificate.body().get("valid").asBoolean()).isTrue();
        assertThat(certificate.body().get("score").asInt()).isEqualTo(95);
        assertThat(agent.get("/api/v1/training/certificates").body().get("total").asInt()).isEqualTo(1);
        assertThat(asNewStaff(Role.AGENT).get("/api/v1/training/certificates/" + certificateId).status())
                .isEqualTo(403);
    }

    @Test
    void enrolmentsAreValidatedAndReadOnlyByThePersonTheirSupervisorsAndHr() {
        ApiClient hr = asNewStaff(Role.HR);
        String team = organisation(hr, suffix);
        ApiClient lead = asNewStaff(Role.SUPERVISOR);
        ApiClient agent = asNewStaff(Role.AGENT);
        created(hr.post("/api/v1/training/staff", profile(username(lead), "BU-" + suffix, null)));
        created(hr.post("/api/v1/training/staff", profile(username(agent), team, username(lead))));
        created(hr.post("/api/v1/training/courses", course("E-" + suffix, "ONLINE")));
        String id = enrol(hr, username(agent), "E-" + suffix);

        assertThat(hr.post("/api/v1/training/enrolments", Map.of("staff", username(agent), "courseCode",
                "E-" + suffix, "dueDate", inAMonth)).status()).isEqualTo(409);
        ApiResponse nobody = hr.post("/api/v1/training/enrolments", Map.of("staff", "ghost-x", "courseCode",
                "E-" + suffix, "dueDate", inAMonth));
        ApiResponse noCourse = hr.post("/api/v1/training/enrolments", Map.of("staff", username(agent),
                "courseCode", "NOPE-" + suffix, "dueDate", inAMonth));
        ApiResponse past = hr.post("/api/v1/training/enrolments", Map.of("staff", username(lead), "courseCode",
                "E-" + suffix, "dueDate", "2020-01-01"));
        assertThat(fields(nobody)).containsExactly("staff");
        assertThat(fields(noCourse)).containsExactly("courseCode");
        assertThat(past.status()).isEqualTo(422);
        assertThat(fields(past)).containsExactly("dueDate");

        assertThat(agent.get("/api/v1/training/enrolments/" + id).status()).isEqualTo(200);
        assertThat(lead.get("/api/v1/training/enrolments?staff=" + username(agent)).body().get("total").asInt())
                .isEqualTo(1);
        assertThat(asNewStaff(Role.AGENT).get("/api/v1/training/enrolments/" + id).status()).isEqualTo(403);
        assertThat(asNewStaff(Role.AGENT).get("/api/v1/training/enrolments?staff=" + username(agent)).status())
                .isEqualTo(403);
        assertThat(agent.post("/api/v1/training/enrolments/" + id + "/complete", Map.of()).status()).isEqualTo(403);

        // Time passes: the enrolment falls due yesterday.
        mongo.updateFirst(Query.query(where("_id").is(id)), new Update().set("dueDate",
                LocalDate.now(ZoneOffset.UTC).minusDays(1)), Enrolment.class);
        assertThat(overdueIds(lead)).containsExactly(id);
        assertThat(overdueIds(hr)).contains(id);
        assertThat(agent.get("/api/v1/training/enrolments/overdue").status()).isEqualTo(403);
        assertThat(hr.post("/api/v1/training/enrolments/" + id + "/cancel", Map.of()).status()).isEqualTo(422);
        assertThat(hr.post("/api/v1/training/enrolments/" + id + "/cancel", Map.of("reason", "moved team"))
                .body().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(overdueIds(lead)).isEmpty();
    }

    @Test
    void aDepartmentPlanFollowsItsCycleAndItsCoursesAreEnrolledWithThePlannedDueDate() {
        ApiClient hr = asNewStaff(Role.HR);
        String team = organisation(hr, suffix);
        String agent = username(asNewStaff(Role.AGENT));
        created(hr.post("/api/v1/training/courses", course("P-" + suffix, "ONLINE")));
        LocalDate start = LocalDate.now(ZoneOffset.UTC);
        Map<String, Object> draft = new HashMap<>(Map.of("departmentCode", team, "periodStart", start.toString(),
                "periodEnd", start.plusMonths(3).toString(), "title", "Next quarter"));
        String plan = created(hr.post("/api/v1/training/plans", draft)).body().get("id").asString();

        assertThat(hr.post("/api/v1/training/plans", draft).status()).isEqualTo(409);
        assertThat(fields(hr.post("/api/v1/training/plans/" + plan + "/advance", Map.of())))
                .containsExactly("needsAnalysis");
        hr.put("/api/v1/training/plans/" + plan + "/needs-analysis", Map.of("notes", "Wrong information given"));
        assertThat(hr.post("/api/v1/training/plans/" + plan + "/advance", Map.of()).body().get("stage").asString())
                .isEqualTo("COURSE_DESIGN");
        String due = start.plusMonths(1).toString();
        assertThat(fields(hr.post("/api/v1/training/plans/" + plan + "/courses", Map.of("courseCode",
                "P-" + suffix, "dueDate", start.plusYears(1).toString())))).containsExactly("dueDate");
        assertThat(hr.post("/api/v1/training/plans/" + plan + "/courses", Map.of("courseCode", "P-" + suffix,
                "dueDate", due)).status()).isEqualTo(200);
        ApiResponse enrolled = created(hr.post("/api/v1/training/enrolments", Map.of("staff", agent, "courseCode",
                "P-" + suffix, "planId", plan)));
        assertThat(enrolled.body().get("dueDate").asString()).isEqualTo(due);
        assertThat(enrolled.body().get("reason").asString()).isEqualTo("PLANNED");
        Map<String, Object> otherDepartment = new HashMap<>(draft);
        otherDepartment.put("departmentCode", "NOPE-" + suffix);
        assertThat(fields(hr.post("/api/v1/training/plans", otherDepartment))).containsExactly("departmentCode");
        assertThat(asNewStaff(Role.AGENT).get("/api/v1/training/plans/" + plan).status()).isEqualTo(200);
    }

    private static String enrol(ApiClient hr, String staff, String course) {
        return created(hr.post("/api/v1/training/enrolments", Map.of("staff", staff, "courseCode", course,
                "dueDate", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()))).body().get("id").asString();
    }

    private static List<String> overdueIds(ApiClient client) {
        List<String> ids = new ArrayList<>();
        client.get("/api/v1/training/enrolments/overdue?size=200").body().get("items").values()
                .forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }
}
