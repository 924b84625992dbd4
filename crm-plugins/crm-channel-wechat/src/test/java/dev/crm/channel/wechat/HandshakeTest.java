package dev.crm.channel.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crm.plugin.api.InboundRejectedException;
import dev.crm.plugin.api.InboundRejectedException.Reason;
import dev.crm.plugin.api.InboundRequest;
import dev.crm.plugin.api.InboundResult;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HandshakeTest {

    private static final String TOKEN = "crm-wechat-token";
    private static final long NOW = 1_795_334_400L; // 2026-11-22T08:00:00Z

    private final WechatChannel channel = new WechatChannel();
    private final TestContext context = TestContext.of(Map.of("token", TOKEN), new MutableClock(Instant.ofEpochSecond(NOW)));

    @Test
    void aSignedHandshakeIsAnsweredWithItsEchostr() throws InboundRejectedException {
        InboundResult result = channel.receive(TencentSide.handshake(TOKEN, NOW, "1536207718", "5838479218127813673"),
                context);

        assertThat(result.messages()).isEmpty();
        assertThat(result.reply().contentType()).startsWith("text/plain");
        assertThat(new String(result.reply().body(), StandardCharsets.UTF_8)).isEqualTo("5838479218127813673");
    }

    @Test
    void theSignatureMatchesAVectorComputedWithSha1sum() throws InboundRejectedException {
        // printf '%s' 15362077181795334400crm-wechat-token | sha1sum
        String signature = "687e923cf32ab9c7b3494215d79b37bd91593bc5";
        assertThat(Signature.of(TOKEN, "1795334400", "1536207718")).isEqualTo(signature);

        InboundRequest request = TencentSide.request("GET", TencentSide.query("signature", signature,
                "timestamp", "1795334400", "nonce", "1536207718", "echostr", "hello"), null);
        assertThat(channel.receive(request, context).reply().body()).asString(StandardCharsets.UTF_8).isEqualTo("hello");
    }

    @Test
    void aHandshakeSignedWithAnotherTokenIsUnauthentic() {
        assertRejected(TencentSide.handshake("guessed-token", NOW, "1536207718", "echo"), Reason.UNAUTHENTIC);
    }

    @Test
    void aHandshakeWithoutSignatureIsUnauthentic() {
        InboundRequest request = TencentSide.request("GET", TencentSide.query("timestamp", Long.toString(NOW),
                "nonce", "1536207718", "echostr", "echo"), null);

        assertRejected(request, Reason.UNAUTHENTIC);
    }

    @Test
    void aHandshakeWhoseSignedTimestampWasChangedIsUnauthentic() {
        InboundRequest signed = TencentSide.handshake(TOKEN, NOW - 3600, "1536207718", "echo");
        InboundRequest replayed = TencentSide.request("GET", TencentSide.query("signature",
                signed.queryParameter("signature").orElseThrow(), "timestamp", Long.toString(NOW),
                "nonce", "1536207718", "echostr", "echo"), null);

        assertRejected(replayed, Reason.UNAUTHENTIC);
    }

    @ParameterizedTest
    @ValueSource(longs = {-301, 301, -86_400})
    void aHandshakeMoreThanFiveMinutesFromTheClockIsUnauthentic(long offsetSeconds) {
        InboundRejectedException rejection = assertRejected(
                TencentSide.handshake(TOKEN, NOW + offsetSeconds, "1536207718", "echo"), Reason.UNAUTHENTIC);

        assertThat(rejection).hasMessageContaining("timestamp");
    }

    @ParameterizedTest
    @ValueSource(longs = {-300, 300})
    void aHandshakeFiveMinutesFromTheClockIsStillAccepted(long offsetSeconds) throws InboundRejectedException {
        InboundResult result = channel.receive(TencentSide.handshake(TOKEN, NOW + offsetSeconds, "1536207718", "echo"),
                context);

        assertThat(result.reply().body()).asString(StandardCharsets.UTF_8).isEqualTo("echo");
    }

    @Test
    void aSignedGetWithoutEchostrIsMalformed() {
        String ts = Long.toString(NOW);
        InboundRequest request = TencentSide.request("GET", TencentSide.query("signature",
                TencentSide.sign(TOKEN, ts, "1536207718"), "timestamp", ts, "nonce", "1536207718"), null);

        assertRejected(request, Reason.MALFORMED);
    }

    @Test
    void withoutATokenSettingNothingIsAccepted() {
        TestContext unconfigured = context.with("token", null);

        InboundRejectedException rejection = catchThrowableOfType(
                () -> channel.receive(TencentSide.handshake(TOKEN, NOW, "1", "echo"), unconfigured),
                InboundRejectedException.class);

        assertThat(rejection.reason()).isEqualTo(Reason.UNAUTHENTIC);
        assertThat(rejection).hasMessageContaining("'token'").hasMessageNotContaining(TOKEN);
    }

    private InboundRejectedException assertRejected(InboundRequest request, Reason reason) {
        InboundRejectedException rejection = catchThrowableOfType(() -> channel.receive(request, context),
                InboundRejectedException.class);
        assertThat(rejection).as("rejection").isNotNull();
        assertThat(rejection.reason()).isEqualTo(reason);
        return rejection;
    }
}
