package dev.crm.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.console.ConsoleSession;
import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.application.LoginThrottle;
import dev.crm.core.application.LoginThrottleProperties;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Brute-force throttling of sign-ins, over real HTTP for the API's Basic and the console's form,
 * with a second {@link LoginThrottle} on the same database standing in for another app node whose
 * clock the test moves.
 */
class LoginThrottleTest extends ApiIntegrationTest {

    private static final int USERNAME_LIMIT = 5;

    @Autowired
    MongoOperations mongo;
    @Autowired
    LoginThrottleProperties properties;

    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefusedWith429AndRetryAfter() {
        String username = openAccount();

        for (int i = 0; i < USERNAME_LIMIT; i++) {
            assertThat(signIn(username, "Wrong-guess-" + i + "x").status()).as("failure %d", i + 1).isEqualTo(401);
        }
        ApiResponse refused = signIn(username, password(username));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body().get("type").asString()).isEqualTo("urn:crm:problem:too-many-sign-ins");
        assertThat(refused.body().get("status").asInt()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After")))
                .isBetween(1L, properties.firstLockOut().toSeconds());
        assertThat(refused.headers().firstValue("WWW-Authenticate")).isEmpty();
        // The lock is the username's: a colleague on the same address still gets in.
        String colleague = openAccount();
        assertThat(signIn(colleague, password(colleague)).status()).isEqualTo(200);
    }

    @Test
    void fourFailuresDoNotLockAndASuccessStartsTheCountAgain() {
        String username = openAccount();
        for (int i = 0; i < USERNAME_LIMIT - 1; i++) {
            assertThat(signIn(username, "Wrong-guess-" + i + "x").status()).isEqualTo(401);
        }
        assertThat(signIn(username, password(username)).status()).isEqualTo(200);

        for (int i = 0; i < USERNAME_LIMIT - 1; i++) {
            assertThat(signIn(username, "Wrong-again-" + i + "x").status()).isEqualTo(401);
        }

        assertThat(signIn(username, password(username)).status()).isEqualTo(200);
    }

    @Test
    void anUnknownUsernameIsLockedOutExactlyLikeAKnownOne() {
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < USERNAME_LIMIT; i++) {
            assertThat(signIn(nobody, "Wrong-guess-" + i + "x").status()).isEqualTo(401);
        }

        assertThat(signIn(nobody, "Wrong-guess-9x").status()).isEqualTo(429);
    }

    @Test
    void anotherNodeSeesTheLockAndItEndsAfterAGrowingPeriodUpToTheCap() {
        String username = openAccount();
        for (int i = 0; i < USERNAME_LIMIT; i++) {
            signIn(username, "Wrong-guess-" + i + "x");
        }
        MovableClock clock = new MovableClock(Instant.now());
        LoginThrottle otherNode = new LoginThrottle(mongo, clock, properties);

        assertThat(otherNode.refusal(username, null)).hasValueSatisfying(
                wait -> assertThat(wait).isBetween(Duration.ofSeconds(1), properties.firstLockOut()));
        clock.move(properties.firstLockOut().plusSeconds(1));
        assertThat(otherNode.refusal(username, null)).isEmpty();

        // Each further lock-out of the same username lasts twice the last, up to the cap.
        Duration expected = properties.firstLockOut();
        for (int lockOut = 2; lockOut <= 9; lockOut++) {
            for (int i = 0; i < USERNAME_LIMIT; i++) {
                otherNode.failed(username, null);
            }
            expected = expected.multipliedBy(2).compareTo(properties.maxLockOut()) > 0
                    ? properties.maxLockOut() : expected.multipliedBy(2);
            assertThat(otherNode.refusal(username, null)).as("lock-out %d", lockOut).hasValue(expected);
            clock.move(expected);
            assertThat(otherNode.refusal(username, null)).as("after lock-out %d", lockOut).isEmpty();
        }
        assertThat(expected).isEqualTo(properties.maxLockOut());

        // A success on the other node clears the username for this one as well.
        for (int i = 0; i < USERNAME_LIMIT; i++) {
            otherNode.failed(username, null);
        }
        clock.move(properties.maxLockOut());
        otherNode.succeeded(username);
        assertThat(signIn(username, password(username)).status()).isEqualTo(200);
    }

    @Test
    void oneAddressIsLockedOutAfterManyFailuresAcrossUsernamesWhileOthersAreNot() {
        // The shared context lifts the address limit (all its clients are 127.0.0.1); this node has the usual kind.
        LoginThrottleProperties addressTerms = new LoginThrottleProperties(true, properties.usernameMaxFailures(), 20,
                properties.window(), properties.firstLockOut(), properties.maxLockOut());
        LoginThrottle otherNode = new LoginThrottle(mongo, new MovableClock(Instant.now()), addressTerms);
        String address = "203.0.113." + (1 + (int) (Math.random() * 250));
        String suffix = UUID.randomUUID().toString().substring(0, 6);

        for (int i = 0; i < addressTerms.addressMaxFailures() - 1; i++) {
            otherNode.failed("spray-" + suffix + "-" + i, address);
        }
        assertThat(otherNode.refusal("someone-" + suffix, address)).isEmpty();
        otherNode.failed("spray-" + suffix + "-last", address);

        assertThat(otherNode.refusal("someone-" + suffix, address)).isPresent();
        assertThat(otherNode.refusal("someone-" + suffix, "198.51.100.1")).isEmpty();
        // A success clears the username only, not the address it came from.
        otherNode.succeeded("someone-" + suffix);
        assertThat(otherNode.refusal("someone-" + suffix, address)).isPresent();
    }

    @Test
    void forgottenRecordsAreDeletedByTheClockNotByATtlIndex() {
        String nobody = "forgotten-" + UUID.randomUUID().toString().substring(0, 8);
        MovableClock clock = new MovableClock(Instant.now());
        LoginThrottle otherNode = new LoginThrottle(mongo, clock, properties);
        otherNode.failed(nobody, null);
        assertThat(records(nobody)).isEqualTo(1);

        otherNode.forgetExpired();
        assertThat(records(nobody)).isEqualTo(1);
        clock.move(properties.window().plus(properties.maxLockOut()));
        otherNode.forgetExpired();

        assertThat(records(nobody)).isZero();
    }

    @Test
    void theConsoleSaysToWaitTheSameForKnownAndUnknownUsernames() throws Exception {
        String known = openAccount();
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (String username : List.of(known, unknown)) {
            ConsoleSession browser = ConsoleSession.anonymous(baseUrl());
            for (int i = 0; i < USERNAME_LIMIT; i++) {
                assertThat(browser.signIn(username, "Wrong-guess-" + i + "x")).endsWith("/login?error");
            }

            assertThat(browser.signIn(username, password(username))).endsWith("/login?locked");
            HttpResponse<String> page = browser.get("/login?locked");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("data-testid=\"login-locked\"").doesNotContain("data-testid=\"login-error\"");
        }
        assertThat(signIn(known, password(known)).status()).isEqualTo(429);
    }

    private long records(String username) {
        return mongo.getCollection("login_attempts").countDocuments(
                new org.bson.Document("_id", "user:" + username.toLowerCase()));
    }


    private ApiResponse signIn(String username, String password) {
        return ApiClient.signedIn(baseUrl(), username, password).get("/api/v1/me");
    }

    private String openAccount() {
        String username = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse opened = asAdmin().post("/api/v1/staff", Map.of("username", username, "password",
                password(username), "displayName", "Throttle " + username, "roles", List.of("AGENT")));
        assertThat(opened.status()).as("opening %s: %s", username, opened).isEqualTo(201);
        return username;
    }

    private static String password(String username) {
        return "Pw-" + new StringBuilder(username).reverse() + "-42x";
    }

    /** Time for the second node, moved by the test. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
