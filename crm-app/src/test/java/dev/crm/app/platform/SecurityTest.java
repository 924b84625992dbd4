package dev.crm.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.Role;
import org.junit.jupiter.api.Test;

class SecurityTest extends ApiIntegrationTest {

    @Test
    void apiCallsWithoutCredentialsAre401Problems() {
        ApiResponse response = anonymous().get("/api/v1/me");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(response.body().get("type").asString()).isEqualTo("urn:crm:problem:unauthenticated");
    }

    @Test
    void aWrongPasswordIs401() {
        ApiResponse response = ApiClient.signedIn(baseUrl(), "admin", "not-the-password-1").get("/api/v1/me");

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void theWrongRoleIs403Problem() {
        ApiResponse response = asNewStaff(Role.AGENT).post("/api/v1/staff", """
                {"username": "sneaky", "password": "whatever-pass-123", "displayName": "S", "roles": ["ADMIN"]}
                """);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body().get("type").asString()).isEqualTo("urn:crm:problem:forbidden");
        assertThat(asAdmin().get("/api/v1/staff/sneaky").status()).isEqualTo(404);
    }

    @Test
    void healthIsPublicButOtherActuatorEndpointsNeedAnAdmin() {
        assertThat(anonymous().get("/actuator/health").status()).isEqualTo(200);
        assertThat(anonymous().get("/actuator/health").body().get("status").asString()).isEqualTo("UP");
        assertThat(anonymous().get("/actuator/metrics").status()).isEqualTo(401);
        assertThat(anonymous().get("/actuator/info").status()).isEqualTo(401);
        assertThat(asAdmin().get("/actuator/info").body().at("/app/name").asString()).isEqualTo("CRM platform");
        assertThat(asNewStaff(Role.SUPERVISOR).get("/actuator/metrics").status()).isEqualTo(403);
        assertThat(asAdmin().get("/actuator/metrics").status()).isEqualTo(200);
        assertThat(asAdmin().get("/actuator/health").body().at("/components/mongo/status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusScrapesNeedAnAdminAndExposeJvmMetrics() {
        assertThat(anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
        ApiResponse scrape = asAdmin().get("/actuator/prometheus", "text/plain");
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.rawBody()).contains("jvm_memory_used_bytes");
    }

    @Test
    void openApiDocumentIsPublishedForIntegrators() {
        ApiResponse docs = anonymous().get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().path("paths").has("/api/v1/staff")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/me")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/orders/import")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/clv/fits")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/customers/{id}/360")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/segments/{id}/export")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/jobs/{id}")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/channels/{id}")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/channels/{channelId}/inbound")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/plugins/{id}/reload")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/outbox/{id}/retry")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/surveys/{token}")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/return-visits")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/return-visits/{id}/answer")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/return-visits/{id}/no-answer")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/relationship-surveys")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/complaints/{number}/goodwill")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/loyalty/accounts/{customerId}/transactions")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/loyalty/accounts/{customerId}/statement")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/loyalty/points/liability")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/loyalty/points/redemption-rate")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/loyalty/ledger-checks/latest")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/complaints/{number}/surveys")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/archive")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/problems/{number}/analysis")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/problems/{number}/complaints/{complaintNumber}")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/problems/{number}/effectiveness-check/verdict")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/crises/{number}/communications")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/crisis-playbooks/{id}")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/crisis-drills")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/complaints/kpis")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/complaints/kpi-reports")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/complaints/kpi-reports/{id}")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/complaints/kpi-reports/{id}/export")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/complaints/{number}/findings")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/training/departments/{code}")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/training/staff/{username}")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/training/courses/{code}/versions/{revision}")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/training/plans/{id}/courses")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/training/enrolments/{id}/complete")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/training/enrolments/overdue")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/training/certificates/{id}")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/training/remedial-courses/{complaintType}")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/training/question-banks/{code}/questions")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/training/assessments/{code}/attempts")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/training/attempts/{id}/answers/{questionId}")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/training/attempts/{id}/grades/{questionId}")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/training/grading-queue")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/loyalty/programs")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/loyalty/programs/{id}")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/loyalty/programs/{id}/members")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/loyalty/members/{customerId}")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/loyalty/members/{customerId}/awards")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/loyalty/members/{customerId}/redemptions")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/loyalty/order-awards/{orderRef}/reversal")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/loyalty/rewards")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/loyalty/rewards/{code}")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/loyalty/redemptions/{id}")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/loyalty/redemptions/{id}/cancellation")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/loyalty/vouchers/{code}")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/loyalty/vouchers/{code}/use")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/loyalty/reports/members-per-level")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/loyalty/reports/redemptions")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/training/qa-reviews/{id}")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/training/enrolments/{id}/reaction")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/training/courses/{code}/evaluation")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/training/scorecards")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/training/scorecards/{username}")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/training/appraisal-schemes/{code}")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/training/appraisals/{staff}/{period}/rating")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/training/appraisals/{staff}/{period}/conduct")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/training/appraisals/{staff}/{period}/incentives")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/training/service-stars")).isTrue();
        assertThat(anonymous().get("/swagger-ui/index.html", "text/html").status()).isEqualTo(200);
    }
}
