package dev.crm.channel.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.channel.wechat.LocalWeixinApi.Call;
import dev.crm.channel.wechat.LocalWeixinApi.Reply;
import dev.crm.plugin.api.DeliveryResult;
import dev.crm.plugin.api.OutboundMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SendTest {

    private static final String APP_ID = "wx8c2f5e7a9b1d3c46";
    private static final String APP_SECRET = "9f86d081884c7d659a2feaa0c55ad015";
    private static final String OPENID = MessagePushTest.OPENID;

    private final WechatChannel channel = new WechatChannel();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T08:00:00Z"));
    private LocalWeixinApi api;
    private TestContext context;

    @BeforeEach
    void startApi() throws Exception {
        api = new LocalWeixinApi();
        context = TestContext.of(Map.of("app-id", APP_ID, "app-secret", APP_SECRET, "api-base-url", api.baseUrl(),
                "timeout-ms", "2000"), clock);
    }

    @AfterEach
    void stopApi() {
        api.close();
    }

    private static OutboundMessage message(String subject, String body) {
        return new OutboundMessage("out-1", OPENID, subject, body, Map.of());
    }

    private DeliveryResult send() {
        return channel.send(message(null, "您的投诉已受理"), context);
    }

    @Test
    void aMessageIsSentAsCustomerServiceTextWithAFetchedToken() {
        DeliveryResult result = channel.send(message("投诉 C-2026-000123 已受理", "我们将在24小时内联系您。"), context);

        assertThat(result).isEqualTo(DeliveryResult.delivered(null));
        assertThat(api.tokenCalls()).singleElement().extracting(Call::query).isEqualTo(
                Map.of("grant_type", "client_credential", "appid", APP_ID, "secret", APP_SECRET));
        Call sent = api.sendCalls().get(0);
        assertThat(sent.query()).isEqualTo(Map.of("access_token", "token-1"));
        JsonNode json = JsonMapper.shared().readTree(sent.body());
        assertThat(json.path("touser").asString()).isEqualTo(OPENID);
        assertThat(json.path("msgtype").asString()).isEqualTo("text");
        assertThat(json.path("text").path("content").asString()).isEqualTo("投诉 C-2026-000123 已受理\n我们将在24小时内联系您。");
    }

    @Test
    void withoutSubjectTheBodyIsTheWholeText() {
        channel.send(message(null, "Your complaint \"C-2026-000123\" is closed."), context);

        assertThat(JsonMapper.shared().readTree(api.sendCalls().get(0).body()).path("text").path("content").asString())
                .isEqualTo("Your complaint \"C-2026-000123\" is closed.");
    }

    @Test
    void aMsgidInTheAnswerBecomesTheProviderMessageId() {
        api.answerSends(new Reply(200, "{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":3147483649}"));

        assertThat(send()).isEqualTo(DeliveryResult.delivered("3147483649"));
    }

    @Test
    void aMessageWithoutTextIsRefusedWithoutCallingWeChat() {
        DeliveryResult result = channel.send(message(null, "  "), context);

        assertThat(result).isInstanceOf(DeliveryResult.PermanentFailure.class);
        assertThat(api.tokenCalls()).isEmpty();
        assertThat(api.sendCalls()).isEmpty();
    }

    @Test
    void theTokenIsFetchedOnceAndCachedAcrossSends() {
        for (int i = 0; i < 3; i++) {
            assertThat(send()).isEqualTo(DeliveryResult.delivered(null));
        }

        assertThat(api.tokenCalls()).hasSize(1);
        assertThat(api.sendCalls()).extracting(call -> call.query().get("access_token"))
                .containsExactly("token-1", "token-1", "token-1");
    }

    @Test
    void theTokenIsRefreshedFiveMinutesBeforeItExpires() {
        send();
        clock.advance(Duration.ofSeconds(7200 - 300 - 1));
        send();
        assertThat(api.tokenCalls()).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        send();

        assertThat(api.tokenCalls()).hasSize(2);
        assertThat(api.sendCalls()).extracting(call -> call.query().get("access_token"))
                .containsExactly("token-1", "token-1", "token-2");
    }

    @Test
    void theLifetimeWeChatGivesIsTheOneUsed() {
        api.answerTokenRequests(new Reply(200, "{\"access_token\":\"short-lived\",\"expires_in\":600}"));
        send();
        clock.advance(Duration.ofSeconds(299));
        send();
        assertThat(api.tokenCalls()).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        send();

        assertThat(api.sendCalls()).extracting(call -> call.query().get("access_token"))
                .containsExactly("short-lived", "short-lived", "token-1");
    }

    @ParameterizedTest
    @ValueSource(ints = {40001, 40014, 42001})
    void aRejectedTokenIsReplacedOnceAndTheMessageSentAgain(int errcode) {
        api.answerSends(Reply.errcode(errcode, "invalid credential, access_token is invalid or not latest"));

        DeliveryResult result = send();

        assertThat(result).isEqualTo(DeliveryResult.delivered(null));
        assertThat(api.tokenCalls()).hasSize(2);
        assertThat(api.sendCalls()).extracting(call -> call.query().get("access_token"))
                .containsExactly("token-1", "token-2");
        // The new token is the cached one now.
        send();
        assertThat(api.tokenCalls()).hasSize(2);
        assertThat(api.sendCalls().get(2).query()).containsEntry("access_token", "token-2");
    }

    @Test
    void aSecondRejectedTokenEndsTheAttemptRetryably() {
        api.answerSends(Reply.errcode(40001, "invalid credential"), Reply.errcode(40001, "invalid credential"));

        DeliveryResult result = send();

        assertThat(result).isInstanceOf(DeliveryResult.RetryableFailure.class);
        assertThat(api.tokenCalls()).hasSize(2);
        assertThat(api.sendCalls()).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource({
            "45015, response out of time limit or subscription is canceled, permanent, 48 hours",
            "40003, invalid openid, permanent, not an openid",
            "45047, out of response count limit, permanent, until they write again",
            "45002, content size out of limit, permanent, errcode 45002: content size out of limit",
            "-1, system error, retry, busy",
            "45009, reach max api daily quota limit, retry, quota",
            "45011, api minute-quota reach limit, retry, less often"})
    void errcodesMapToDeliveryResults(int errcode, String errmsg, String kind, String reasonPart) {
        api.answerSends(Reply.errcode(errcode, errmsg));

        DeliveryResult result = send();

        assertThat(result).isInstanceOf(kind.equals("permanent")
                ? DeliveryResult.PermanentFailure.class : DeliveryResult.RetryableFailure.class);
        assertThat(reason(result)).contains(reasonPart);
        assertThat(api.sendCalls()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 429})
    void serverErrorsAreRetryable(int status) {
        api.answerSends(new Reply(status, "<html>Bad Gateway</html>"));

        DeliveryResult result = send();

        assertThat(result).isInstanceOf(DeliveryResult.RetryableFailure.class);
        assertThat(reason(result)).contains("HTTP " + status);
    }

    @Test
    void anHttpClientErrorIsPermanent() {
        api.answerSends(new Reply(404, "not found"));

        assertThat(send()).isInstanceOf(DeliveryResult.PermanentFailure.class);
    }

    @Test
    void anAnswerThatIsNotJsonIsRetryable() {
        api.answerSends(new Reply(200, "<html>captive portal</html>"));

        assertThat(send()).isInstanceOf(DeliveryResult.RetryableFailure.class);
    }

    @Test
    void aTimeoutIsRetryable() {
        api.stallSends();
        TestContext impatient = context.with("timeout-ms", "200");

        DeliveryResult result = channel.send(message(null, "hello"), impatient);

        assertThat(result).isInstanceOf(DeliveryResult.RetryableFailure.class);
        assertThat(reason(result)).contains("within 200 ms");
    }

    @Test
    void anUnreachableApiIsRetryable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        DeliveryResult result = channel.send(message(null, "hello"),
                context.with("api-base-url", "http://127.0.0.1:" + closedPort));

        assertThat(result).isInstanceOf(DeliveryResult.RetryableFailure.class);
        assertThat(reason(result)).contains("could not reach WeChat");
    }

    @ParameterizedTest
    @CsvSource({"40125, invalid appsecret", "40164, invalid ip 203.0.113.7 not in whitelist", "40013, invalid appid"})
    void refusedCredentialsArePermanentAndNeverEchoTheSecret(int errcode, String errmsg) {
        api.answerTokenRequests(Reply.errcode(errcode, errmsg));

        DeliveryResult result = send();

        assertThat(result).isInstanceOf(DeliveryResult.PermanentFailure.class);
        assertThat(reason(result)).contains("WeChat refused the app credentials").contains(Integer.toString(errcode))
                .doesNotContain(APP_SECRET);
        assertThat(api.sendCalls()).isEmpty();
    }

    @Test
    void aBusyTokenEndpointIsRetryable() {
        api.answerTokenRequests(Reply.errcode(-1, "system error"));

        assertThat(send()).isInstanceOf(DeliveryResult.RetryableFailure.class);
        // Nothing was cached, so the next send asks again.
        assertThat(send()).isEqualTo(DeliveryResult.delivered(null));
        assertThat(api.tokenCalls()).hasSize(2);
    }

    @Test
    void aTokenEndpointServerErrorIsRetryable() {
        api.answerTokenRequests(new Reply(503, "unavailable"));

        assertThat(send()).isInstanceOf(DeliveryResult.RetryableFailure.class);
        assertThat(api.sendCalls()).isEmpty();
    }

    @Test
    void eachInstanceAndEachAppHasItsOwnToken() {
        send();
        channel.send(message(null, "hi"), context.instance("wechat-sales"));
        channel.send(message(null, "hi"), context.with("app-id", "wx1111111111111111"));

        assertThat(api.tokenCalls()).extracting(call -> call.query().get("appid"))
                .containsExactly(APP_ID, APP_ID, "wx1111111111111111");
    }

    @Test
    void concurrentSendersShareOneTokenFetch() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        api.holdTokenRequests(release);
        List<DeliveryResult> results = new CopyOnWriteArrayList<>();
        List<Thread> senders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread sender = new Thread(() -> results.add(send()), "sender-" + i);
            senders.add(sender);
            sender.start();
        }

        // One sender is fetching; wait until all are parked: the fetcher on its HTTP call, the others on the
        // lock (or, were fetches unguarded, on fetches of their own, which the count below would reveal).
        awaitUntil(() -> api.tokenCalls().size() == 1);
        awaitUntil(() -> senders.stream().allMatch(t -> t.getState() != Thread.State.RUNNABLE));
        release.countDown();
        for (Thread sender : senders) {
            sender.join(10_000);
        }

        assertThat(results).hasSize(8).containsOnly(DeliveryResult.delivered(null));
        assertThat(api.tokenCalls()).hasSize(1);
        assertThat(api.sendCalls()).hasSize(8);
    }

    @Test
    void secretsAndTokensStayOutOfLogsAndReasons() {
        List<String> reasons = new ArrayList<>();
        api.answerSends(Reply.errcode(40001, "invalid credential"), Reply.errcode(45015, "out of time"));
        reasons.add(reason(send()));
        api.answerTokenRequests(Reply.errcode(40125, "invalid appsecret " + APP_SECRET));
        clock.advance(Duration.ofHours(3));
        reasons.add(reason(send()));

        assertThat(context.logger().lines()).isNotEmpty().allSatisfy(line -> assertThat(line)
                .doesNotContain(APP_SECRET).doesNotContain("token-1").doesNotContain("token-2"));
        assertThat(reasons).allSatisfy(reason -> assertThat(reason).doesNotContain(APP_SECRET).doesNotContain("token-"));
    }

    @Test
    void missingOrBrokenSettingsArePermanentAndNamedByKey() {
        DeliveryResult noSecret = channel.send(message(null, "hi"), context.with("app-secret", null));
        DeliveryResult badTimeout = channel.send(message(null, "hi"), context.with("timeout-ms", "soon"));
        DeliveryResult badUrl = channel.send(message(null, "hi"), context.with("api-base-url", "ftp://example.com"));

        assertThat(reason(noSecret)).contains("'app-secret'");
        assertThat(reason(badTimeout)).contains("'timeout-ms'").doesNotContain("soon");
        assertThat(reason(badUrl)).contains("'api-base-url'").doesNotContain("ftp://");
        assertThat(List.of(noSecret, badTimeout, badUrl)).allMatch(DeliveryResult.PermanentFailure.class::isInstance);
        assertThat(api.tokenCalls()).isEmpty();
    }

    private static String reason(DeliveryResult result) {
        if (result instanceof DeliveryResult.PermanentFailure permanent) {
            return permanent.reason();
        }
        if (result instanceof DeliveryResult.RetryableFailure retryable) {
            return retryable.reason();
        }
        throw new AssertionError("not a failure: " + result);
    }

    /** Spins instead of sleeping, bounded so that a broken test fails rather than hangs. */
    private static void awaitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.onSpinWait();
        }
    }
}
