package dev.crm.app.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.Role;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One case per defect the hostile-input fuzzer found, each once a 500 or a non-problem 400. */
class HostileInputFixesTest extends ApiIntegrationTest {

    @Test
    void aQueryParameterThatIsNotUtf8IsAProblemNamingIt() {
        ApiResponse response = asAdmin().get("/api/v1/problems?stage=%FF");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body().at("/errors/0/field").asString()).isEqualTo("stage");
    }

    @Test
    void aPathTheFirewallRefusesIsAProblem() {
        for (String path : new String[] {"/api/v1/customers/a;b", "/api/v1/customers/%25", "/api/v1/customers/%5C"}) {
            ApiResponse response = asAdmin().get(path);

            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
            assertThat(response.body().path("type").asString()).isEqualTo("urn:crm:problem:malformed-request");
        }
    }

    @Test
    void aPathTomcatCannotDecodeIsAProblemNotAnHtmlPage() {
        for (String path : new String[] {"/api/v1/customers/%00", "/api/v1/customers/%FF%FE"}) {
            ApiResponse response = asAdmin().get(path);

            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
            assertThat(response.body().path("status").asInt()).isEqualTo(400);
        }
    }

    @Test
    void aDateBeyondTheYear9999IsRefusedWhileReadingNotWhenSaving() {
        ApiResponse response = asAdmin().post("/api/v1/loyalty/rewards", Map.of("code", "far-future",
                "validTo", "+999999999-12-31T23:59:59Z"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().at("/errors/0/field").asString()).isEqualTo("validTo");
        assertThat(asAdmin().get("/api/v1/loyalty/rewards/far-future").status()).isEqualTo(404);
    }

    @Test
    void aChannelAdapterMustBeASlug() {
        ApiResponse response = asAdmin().put("/api/v1/channels/odd-adapter", Map.of("adapter", "x".repeat(100_000)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().at("/errors/0/field").asString()).isEqualTo("adapter");
        assertThat(asAdmin().get("/api/v1/channels/odd-adapter").status()).isEqualTo(404);
    }

    @Test
    void deeplyNestedJsonIsAProblemNotAStackOverflow() {
        // Under a property the body type does not know, so the parser has to walk all of it.
        String deep = "{\"code\":\"deep\",\"extra\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        ApiResponse response = asAdmin().postRaw("/api/v1/loyalty/rewards", "application/json", deep);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(asAdmin().get("/api/v1/loyalty/rewards/deep").status()).isEqualTo(404);
    }

    @Test
    void aRoleThatMayNotCallAnEndpointGets403EvenForABodyThatWouldFailValidation() {
        ApiResponse response = asNewStaff(Role.AGENT).send("POST", "/api/v1/staff", Map.of(), "application/json",
                "[]".getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(403);
        assertThat(asAdmin().send("POST", "/api/v1/staff", Map.of(), "application/json",
                "[]".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(400);
    }
}
