package dev.crm.app.training;

import static dev.crm.app.training.AssessmentFixtures.addQuestion;
import static dev.crm.app.training.AssessmentFixtures.assessment;
import static dev.crm.app.training.AssessmentFixtures.openBank;
import static dev.crm.app.training.AssessmentFixtures.questionOfKind;
import static dev.crm.app.training.AssessmentFixtures.trueFalse;
import static dev.crm.app.training.TrainingFixtures.course;
import static dev.crm.app.training.TrainingFixtures.created;
import static dev.crm.app.training.TrainingFixtures.organisation;
import static dev.crm.app.training.TrainingFixtures.profile;
import static dev.crm.app.training.TrainingFixtures.suffix;
import static dev.crm.app.training.TrainingFixtures.username;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The two halves of the training module together: passing an assessment of a certifying course
 * earns the certificate, and the candidate's supervisor chain (from the staff profiles) may read
 * the result while another supervisor may not.
 */
class PassedAssessmentTest extends ApiIntegrationTest {

    @Test
    void aPassEarnsTheCertificateAndTheSupervisorChainReadsTheResult() {
        String suffix = suffix();
        ApiClient hr = asNewStaff(Role.HR);
        ApiClient lead = asNewStaff(Role.SUPERVISOR);
        ApiClient candidate = asNewStaff(Role.AGENT);
        ApiClient otherSupervisor = asNewStaff(Role.SUPERVISOR);
        String team = organisation(hr, suffix);
        created(hr.post("/api/v1/training/staff", profile(username(lead), "BU-" + suffix, null)));
        created(hr.post("/api/v1/training/staff", profile(username(candidate), team, username(lead))));
        Map<String, Object> certifying = course("CERT-" + suffix, "ONLINE");
        certifying.put("certificateValidMonths", 12);
        created(hr.post("/api/v1/training/courses", certifying));
        openBank(hr, "PB-" + suffix);
        addQuestion(hr, "PB-" + suffix, trueFalse(true, 5));
        created(hr.post("/api/v1/training/assessments",
                assessment("PA-" + suffix, "CERT-" + suffix, "PB-" + suffix, 1, 2, List.of())));

        ApiResponse started = candidate.post("/api/v1/training/assessments/PA-" + suffix + "/attempts", Map.of());
        assertThat(started.status()).as("%s", started).isEqualTo(201);
        String id = started.body().get("id").asString();
        JsonNode question = questionOfKind(started.body(), "TRUE_FALSE");
        ApiResponse submitted = candidate.post("/api/v1/training/attempts/" + id + "/submit", Map.of("answers",
                List.of(Map.of("questionId", question.get("id").asString(), "selectedOptionIds", List.of("TRUE")))));

        assertThat(submitted.status()).as("%s", submitted).isEqualTo(200);
        assertThat(submitted.body().get("passed").asBoolean()).isTrue();
        JsonNode certificates = candidate.get("/api/v1/training/certificates").body();
        assertThat(certificates.get("total").asInt()).isEqualTo(1);
        assertThat(certificates.get("items").get(0).get("courseCode").asString()).isEqualTo("CERT-" + suffix);
        assertThat(certificates.get("items").get(0).get("score").asInt()).isEqualTo(100);

        assertThat(lead.get("/api/v1/training/attempts/" + id).status()).isEqualTo(200);
        assertThat(lead.get("/api/v1/training/attempts?candidate=" + username(candidate)).status()).isEqualTo(200);
        assertThat(otherSupervisor.get("/api/v1/training/attempts/" + id).status()).isEqualTo(403);
    }
}
