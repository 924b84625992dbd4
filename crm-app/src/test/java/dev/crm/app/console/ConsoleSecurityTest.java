package dev.crm.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.Role;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The console's chain (form login, session, CSRF, headers) beside the API's (stateless Basic,
 * problem JSON), over real HTTP without a browser.
 */
class ConsoleSecurityTest extends ApiIntegrationTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Test
    void theConsoleWithoutASessionRedirectsToTheLoginPage() throws Exception {
        HttpResponse<String> response = session().send(get("/console/anything"), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void theRootLeadsToTheConsole() throws Exception {
        HttpClient browser = session();
        String password = signIn(browser);
        assertThat(password).isNotNull();

        HttpResponse<String> root = browser.send(get("/"), HttpResponse.BodyHandlers.ofString());

        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location").orElseThrow()).endsWith("/console");
    }

    @Test
    void aPostWithoutCsrfTokenIsRefusedEvenWhenSignedIn() throws Exception {
        HttpClient browser = session();
        signIn(browser);

        HttpResponse<String> logout = browser.send(form("/logout", ""), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> stillIn = browser.send(get("/console"), HttpResponse.BodyHandlers.ofString());

        assertThat(logout.statusCode()).isEqualTo(403);
        assertThat(stillIn.statusCode()).isEqualTo(200);
    }

    @Test
    void consolePagesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> login = session().send(get("/login"), HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void theWebJarsAreServedWithoutVersionInThePath() throws Exception {
        HttpClient browser = session();
        HttpResponse<String> htmx = browser.send(get("/webjars/htmx.org/dist/htmx.min.js"),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> charts = browser.send(get("/webjars/chart.js/dist/chart.umd.min.js"),
                HttpResponse.BodyHandlers.ofString());

        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(charts.statusCode()).isEqualTo(200);
    }

    @Test
    void theApiStillAnswersProblemJsonAndIgnoresTheConsoleSession() throws Exception {
        HttpClient browser = session();
        signIn(browser);
        assertThat(browser.send(get("/console"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        HttpResponse<String> api = browser.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/me"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        assertThat(api.headers().firstValue("Set-Cookie")).isEmpty();
        ApiResponse anonymous = anonymous().get("/api/v1/me");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body().path("status").asInt()).isEqualTo(401);
    }

    /** Signs in through the login form like a browser does; returns the password used. */
    private String signIn(HttpClient browser) throws IOException, InterruptedException {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
        String username = "console-" + suffix;
        String password = "Lantern-" + suffix + "-42x";
        ApiResponse opened = asAdmin().post("/api/v1/staff", java.util.Map.of("username", username, "password",
                password, "displayName", "Console " + username, "roles", java.util.List.of(Role.AGENT.name())));
        assertThat(opened.status()).isEqualTo(201);
        HttpResponse<String> page = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF_FIELD.matcher(page.body());
        assertThat(csrf.find()).as("login form carries a CSRF token").isTrue();
        HttpResponse<String> login = browser.send(form("/login", "username=" + encode(username) + "&password="
                + encode(password) + "&_csrf=" + encode(csrf.group(1))), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/console");
        return password;
    }

    private static HttpClient session() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Accept", "text/html").GET().build();
    }

    private HttpRequest form(String path, String body) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
