package dev.crm.app.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.hostile.OpenApiOperations.Operation;
import dev.crm.app.hostile.OpenApiOperations.Parameter;
import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.Role;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every operation of the live OpenAPI document × every role × anonymous, against the declared table
 * in {@code authorization-matrix.txt}: anonymous gets 401 where a login is needed, a role not
 * allowed 403, an allowed role neither. Requests never change data: ids in paths do not exist and
 * JSON bodies are an array where an object is expected, which an allowed role gets a 400 for and a
 * refused role a 403 (roles are checked before the body is read, see RolesBeforeBinding).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest extends ApiIntegrationTest {

    private final Map<Role, ApiClient> staff = new EnumMap<>(Role.class);
    private List<Operation> operations;
    private AuthorizationMatrix declared;

    @BeforeAll
    void signInOnceAsEveryRole() throws IOException {
        for (Role role : Role.values()) {
            staff.put(role, asNewStaff(role));
        }
        operations = OpenApiOperations.of(baseUrl()).all();
        declared = AuthorizationMatrix.parse(table("authorization-matrix.txt"));
    }

    @Test
    void everyPublishedOperationHasExactlyOneCurrentExpectation() {
        assertThat(declared.coverageProblems(operations)).isEmpty();
    }

    @Test
    void everyRoleAndAnonymousGetWhatTheTableDeclares() {
        assertThat(violations(declared, operations)).isEmpty();
    }

    @Test
    void aWrongTableIsReported() {
        Operation staffList = operation("GET /api/v1/staff");
        Operation openAccount = operation("POST /api/v1/staff");
        AuthorizationMatrix wrong = AuthorizationMatrix.parse(List.of(
                "GET /api/v1/staff  ADMIN AGENT", // AGENT may not list staff accounts
                "POST /api/v1/staff  PUBLIC", // opening an account needs ADMIN
                "GET /api/v1/no-such-endpoint  ADMIN"));

        assertThat(violations(wrong, List.of(staffList, openAccount))).contains(
                "GET /api/v1/staff as AGENT: expected to be let through, got 403",
                "POST /api/v1/staff as anonymous: expected to be let through, got 401",
                "POST /api/v1/staff as SUPERVISOR: expected to be let through, got 403");
        assertThat(wrong.coverageProblems(List.of(staffList, openAccount, operation("GET /api/v1/me")))).containsExactly(
                "GET /api/v1/me: no expectation line (add one to authorization-matrix.txt)",
                "GET /api/v1/no-such-endpoint: stale expectation line, the OpenAPI document has no such operation");
    }

    private List<String> violations(AuthorizationMatrix matrix, List<Operation> checked) {
        List<String> violations = new ArrayList<>();
        for (Operation operation : checked) {
            if (matrix.expectation(operation.key()) == null) {
                continue;
            }
            String url = harmlessUrl(operation);
            byte[] body = operation.takesJson() ? "[]".getBytes(StandardCharsets.UTF_8) : null;
            String contentType = operation.takesJson() ? "application/json" : operation.bodyMediaType();
            // Any representation, so an export endpoint (text/csv) is not refused as 406 before the role check.
            Map<String, String> accept = Map.of("Accept", "*/*");
            ApiResponse answer = anonymous().send(operation.method(), url, accept, contentType, body);
            add(violations, matrix.judge(operation.key(), null, answer.status(), basicChallenge(answer)));
            for (Role role : Role.values()) {
                answer = staff.get(role).send(operation.method(), url, accept, contentType, body);
                add(violations, matrix.judge(operation.key(), role, answer.status(), basicChallenge(answer)));
            }
        }
        return violations;
    }

    /** Ids that do not exist (so nothing is changed) and every required query parameter filled in. */
    private static String harmlessUrl(Operation operation) {
        String url = operation.path();
        for (Parameter variable : operation.in("path")) {
            String value = variable.schema().has("enum") ? "NOT_A_VALUE"
                    : "integer".equals(variable.schema().path("type").asString()) ? "999999" : "authz-probe";
            url = url.replace("{" + variable.name() + "}", value);
        }
        StringBuilder query = new StringBuilder();
        for (Parameter parameter : operation.in("query")) {
            if (parameter.required()) {
                String format = parameter.schema().path("format").asString("");
                query.append(query.isEmpty() ? '?' : '&').append(parameter.name()).append('=')
                        .append(format.equals("date") ? "2026-01-01" : format.equals("date-time") ? "2026-01-01T00:00:00Z"
                                : "authz-probe");
            }
        }
        return url + query;
    }

    private static boolean basicChallenge(ApiResponse answer) {
        String challenge = answer.header("WWW-Authenticate");
        return challenge != null && challenge.startsWith("Basic");
    }

    private Operation operation(String key) {
        return operations.stream().filter(o -> o.key().equals(key)).findFirst().orElseThrow();
    }

    private static void add(List<String> violations, String violation) {
        if (violation != null) {
            violations.add(violation);
        }
    }

    private static List<String> table(String resource) throws IOException {
        try (InputStream in = AuthorizationMatrixTest.class.getResourceAsStream("/" + resource)) {
            return Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
    }
}
