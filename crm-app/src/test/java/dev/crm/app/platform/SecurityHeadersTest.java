package dev.crm.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import jakarta.servlet.Filter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The response headers that keep browsers from sniffing, framing, caching or leaking API answers. */
class SecurityHeadersTest extends ApiIntegrationTest {

    private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter securityFilters;

    @Test
    void signedInApiAnswersAreNeitherSniffedFramedCachedNorRendered() {
        ApiResponse me = asAdmin().get("/api/v1/me");

        assertThat(me.status()).isEqualTo(200);
        assertApiHeaders(me);
        assertThat(me.header("Cache-Control")).contains("no-store");
    }

    @Test
    void problemAnswersCarryTheSameHeaders() {
        ApiResponse unauthenticated = anonymous().get("/api/v1/me");
        ApiResponse notFound = asAdmin().get("/api/v1/staff/nobody-at-all");

        assertThat(unauthenticated.status()).isEqualTo(401);
        assertApiHeaders(unauthenticated);
        assertThat(notFound.status()).isEqualTo(404);
        assertApiHeaders(notFound);
        assertThat(anonymous().get("/v3/api-docs/swagger-config").header("Content-Security-Policy")).isEqualTo(API_CSP);
    }

    @Test
    void swaggerUiGetsAPolicyThatLetsItsOwnScriptsRunAndNothingElse() {
        ApiResponse page = anonymous().get("/swagger-ui/index.html", "text/html");

        assertThat(page.status()).isEqualTo(200);
        String policy = page.header("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("default-src 'none'");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        // script-src 'self' without 'unsafe-inline' only works if the page has no inline script.
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(page.rawBody());
        int count = 0;
        while (scripts.find()) {
            assertThat(scripts.group(1)).as("script tag").contains("src=");
            count++;
        }
        assertThat(count).isPositive();
        assertThat(anonymous().get("/swagger-ui/swagger-initializer.js", "*/*").status()).isEqualTo(200);
    }

    @Test
    void theConsoleHasItsOwnPolicyAndThePermissionsPolicy() {
        ApiResponse login = anonymous().get("/login", "text/html");

        assertThat(login.header("Content-Security-Policy")).contains("script-src 'self'").isNotEqualTo(API_CSP);
        assertThat(login.header("Permissions-Policy")).contains("camera=()", "geolocation=()");
        assertThat(login.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void strictTransportSecurityIsSentOverHttpsOnly() throws Exception {
        assertThat(anonymous().get("/actuator/health").headers().firstValue("Strict-Transport-Security")).isEmpty();

        MockHttpServletResponse overHttps = throughTheFilters(true);
        MockHttpServletResponse overHttp = throughTheFilters(false);

        assertThat(overHttps.getHeader("Strict-Transport-Security")).contains("max-age=31536000")
                .contains("includeSubDomains");
        assertThat(overHttp.getHeader("Strict-Transport-Security")).isNull();
    }

    /** The real security filters, for a request as if it had arrived over TLS (or not). */
    private MockHttpServletResponse throughTheFilters(boolean secure) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/health");
        request.setSecure(secure);
        request.setScheme(secure ? "https" : "http");
        request.setServerPort(secure ? 443 : 80);
        MockHttpServletResponse response = new MockHttpServletResponse();
        securityFilters.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private static void assertApiHeaders(ApiResponse response) {
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.header("Content-Security-Policy")).isEqualTo(API_CSP);
        assertThat(response.header("Permissions-Policy")).contains("camera=()", "microphone=()");
        assertThat(response.header("Cache-Control")).contains("no-store");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).as("not over plain HTTP").isEmpty();
    }
}
