package dev.crm.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.Role;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class StaffAccountsTest extends ApiIntegrationTest {

    @Autowired
    AuditLog auditLog;

    @Test
    void theBootstrapAdminSeesItselfWithoutAnyPassword() {
        ApiResponse me = asAdmin().get("/api/v1/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("username").asString()).isEqualTo("admin");
        assertThat(me.body().get("roles").get(0).asString()).isEqualTo("ADMIN");
        assertThat(me.rawBody()).doesNotContain(ADMIN_PASSWORD).doesNotContainIgnoringCase("password");
    }

    @Test
    void anAdminOpensAnAccountThatCanSignInWithItsRoles(CapturedOutput output) {
        String username = "agent-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Tea-house-" + UUID.randomUUID().toString().substring(0, 6) + "-9";

        ApiResponse opened = asAdmin().post("/api/v1/staff", Map.of("username", username, "password", password,
                "displayName", "Li Wei", "roles", List.of("AGENT", "ANALYST"), "department", "after-sales"));

        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.header("Location")).endsWith("/api/v1/staff/" + username);
        assertThat(opened.rawBody()).doesNotContain(password).doesNotContainIgnoringCase("hash");
        ApiResponse me = ApiClient.signedIn(baseUrl(), username, password).get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("displayName").asString()).isEqualTo("Li Wei");
        assertThat(me.body().get("department").asString()).isEqualTo("after-sales");
        assertThat(me.body().get("roles").values()).extracting(node -> node.asString())
                .containsExactlyInAnyOrder("AGENT", "ANALYST");
        assertThat(auditLog.historyOf("StaffAccount", opened.body().get("id").asString()))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo("admin");
                    assertThat(entry.action()).isEqualTo("staff.opened");
                });
        assertThat(output.getAll()).doesNotContain(password);
    }

    @Test
    void aWeakPasswordIsRefusedNamingThePasswordField() {
        ApiResponse refused = asAdmin().post("/api/v1/staff", Map.of("username", "weakling",
                "password", "short1", "displayName", "W", "roles", List.of("AGENT")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("password");
        assertThat(refused.rawBody()).doesNotContain("short1");
        assertThat(asAdmin().get("/api/v1/staff/weakling").status()).isEqualTo(404);
    }

    @Test
    void missingFieldsAreEachNamed() {
        ApiResponse refused = asAdmin().post("/api/v1/staff", "{}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").values()).extracting(error -> error.get("field").asString())
                .contains("username", "password", "displayName", "roles");
    }

    @Test
    void anUnknownRoleIsNamedAsTheBadField() {
        ApiResponse refused = asAdmin().post("/api/v1/staff", Map.of("username", "roleless",
                "password", "long-enough-pass-77", "displayName", "R", "roles", List.of("JANITOR")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).startsWith("roles");
    }

    @Test
    void malformedJsonIsA400NotA500() {
        ApiResponse refused = asAdmin().postRaw("/api/v1/staff", "application/json", "{\"username\": ");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("type").asString()).isEqualTo("urn:crm:problem:malformed-body");
    }

    @Test
    void aTakenUsernameIsA409NamingTheField() {
        ApiResponse again = asAdmin().post("/api/v1/staff", Map.of("username", "admin",
                "password", "Another-river-pass-1", "displayName", "Second admin", "roles", List.of("ADMIN")));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("errors").get(0).get("field").asString()).isEqualTo("username");
    }

    @Test
    void anUnknownStaffMemberIs404() {
        ApiResponse missing = asNewStaff(Role.HR).get("/api/v1/staff/nobody-" + UUID.randomUUID());

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().get("type").asString()).isEqualTo("urn:crm:problem:not-found");
    }

    @Test
    void staffAreListedByUsernameOnePageAtATime() {
        ApiClient hr = asNewStaff(Role.HR);
        asNewStaff(Role.AGENT);

        ApiResponse first = hr.get("/api/v1/staff?page=0&size=2");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("items").size()).isEqualTo(2);
        assertThat(first.body().get("total").asLong()).isGreaterThanOrEqualTo(3);
        String a = first.body().get("items").get(0).get("username").asString();
        String b = first.body().get("items").get(1).get("username").asString();
        assertThat(a).isLessThan(b);
        assertThat(first.rawBody()).doesNotContainIgnoringCase("password");
    }

    @Test
    void aPageSizeOverTheCapIsRefusedNotClamped() {
        ApiResponse refused = asAdmin().get("/api/v1/staff?size=500");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("size");
        assertThat(asAdmin().get("/api/v1/staff?page=-1").body().get("errors").get(0).get("field").asString())
                .isEqualTo("page");
        assertThat(asAdmin().get("/api/v1/staff?size=ten").body().get("errors").get(0).get("field").asString())
                .isEqualTo("size");
    }

    @Test
    void anUnknownPathIsA404Problem() {
        ApiResponse missing = asAdmin().get("/api/v1/no-such-thing");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
    }
}
