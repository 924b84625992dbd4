package dev.crm.channel.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crm.plugin.api.InboundMessage;
import dev.crm.plugin.api.InboundRejectedException;
import dev.crm.plugin.api.InboundRejectedException.Reason;
import dev.crm.plugin.api.InboundReply;
import dev.crm.plugin.api.InboundRequest;
import dev.crm.plugin.api.InboundResult;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

class EncryptedModeTest {

    /** The EncodingAESKey, AppID and vectors of Tencent's published samples (WXBizMsgCrypt, Java and Python). */
    static final String KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    static final String APP_ID = "wxb11529c136998cb6";

    private static final String TOKEN = MessagePushTest.TOKEN;
    private static final String OPENID = MessagePushTest.OPENID;
    private static final long NOW = MessagePushTest.NOW;
    private static final byte[] PREFIX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final String TEXT_XML = new String(TencentSide.sample("text.xml"), StandardCharsets.UTF_8);

    private final WechatChannel channel = new WechatChannel();
    private final TestContext context = TestContext.of(Map.of("token", TOKEN, "app-id", APP_ID, "encoding-aes-key", KEY),
            new MutableClock(Instant.ofEpochSecond(NOW)));

    @Test
    void encryptingTencentsSampleGivesTencentsCiphertext() throws InboundRejectedException {
        // WXBizMsgCryptTest: randomStr "aaaabbbbccccdddd", replyMsg "我是中文abcd123".
        String tencents = "jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==";
        MessageCipher cipher = new MessageCipher(KEY, APP_ID);

        assertThat(cipher.encrypt("我是中文abcd123", "aaaabbbbccccdddd".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(tencents);
        assertThat(cipher.decrypt(tencents)).isEqualTo("我是中文abcd123");
    }

    @Test
    void tencentsEncryptedSamplePushIsVerifiedAndRead() throws InboundRejectedException {
        // Tencent's Python sample: token spamtest, a compatible-mode push (plain fields and Encrypt) and its msg_signature.
        String encrypt = "hyzAe4OzmOMbd6TvGdIOO6uBmdJoD0Fk53REIHvxYtJlE2B655HuD0m8KUePWB3+LrPXo87wzQ1QLvbeUgmBM4x6F8PGHQHFV"
                + "AFmOD2LdJF9FrXpbUAh0B5GIItb52sn896wVsMSHGuPE328HnRGBcrS7C41IzDWyWNlZkyyXwon8T332jisa+h6tEDYsVticbSnyU8d"
                + "KOIbgU6ux5VTjg3yt+WGzjlpKn6NPhRjpA912xMezR4kw6KWwMrCVKSVCZciVGCgavjIQ6X8tCOp3yZbGpy0VxpAe+77TszTfRd5RJS"
                + "VO/HTnifJpXgCSUdUue1v6h0EIBYYI1BD1DlD+C0CR8e6OewpusjZ4uBl9FyJvnhvQl+q5rv1ixrcpCumEPo5MJSgM9ehVsNPfUM669"
                + "WuMyVWQLCzpu9GhglF2PE=";
        String body = "<xml><ToUserName><![CDATA[gh_10f6c3c3ac5a]]></ToUserName><FromUserName><![CDATA[oyORnuP8q7ou2gfYjqLzSIWZf0rs]]>"
                + "</FromUserName><CreateTime>1409735668</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[abcdteT]]>"
                + "</Content><MsgId>6054768590064713728</MsgId><Encrypt><![CDATA[" + encrypt + "]]></Encrypt></xml>";
        String msgSignature = "5d197aaffba7e9b25a30732f161a50dee96bd5fa";
        assertThat(TencentSide.sign("spamtest", "1409735669", "1320562132", encrypt)).isEqualTo(msgSignature);
        InboundRequest request = TencentSide.request("POST", TencentSide.query(
                "signature", TencentSide.sign("spamtest", "1409735669", "1320562132"), "timestamp", "1409735669",
                "nonce", "1320562132", "openid", "oyORnuP8q7ou2gfYjqLzSIWZf0rs", "encrypt_type", "aes",
                "msg_signature", msgSignature), body.getBytes(StandardCharsets.UTF_8));
        TestContext tencents = TestContext.of(Map.of("token", "spamtest", "app-id", "wx2c2769f8efd9abc2",
                "encoding-aes-key", KEY), new MutableClock(Instant.ofEpochSecond(1_409_735_669L)));

        InboundMessage message = channel.receive(request, tencents).messages().get(0);

        assertThat(message.externalMessageId()).isEqualTo("6054768590064713728");
        assertThat(message.sender().address()).isEqualTo("oyORnuP8q7ou2gfYjqLzSIWZf0rs");
        assertThat(message.text()).isEqualTo("abcdteT");
        assertThat(message.receivedAt()).isEqualTo(Instant.ofEpochSecond(1_409_735_668L));
    }

    /** Message lengths 0 to 32 past a block boundary: every padding length from 1 to 32 occurs. */
    static IntStream paddingLengths() {
        return IntStream.rangeClosed(0, 32);
    }

    @ParameterizedTest
    @MethodSource("paddingLengths")
    void whatTencentEncryptsTheChannelDecrypts(int extra) throws InboundRejectedException {
        String xml = "<xml>" + "x".repeat(extra) + "</xml>";

        assertThat(new MessageCipher(KEY, APP_ID).decrypt(TencentSide.encrypt(KEY, APP_ID, PREFIX, xml))).isEqualTo(xml);
    }

    @ParameterizedTest
    @MethodSource("paddingLengths")
    void whatTheChannelEncryptsTencentDecrypts(int extra) {
        String xml = "<xml>" + "y".repeat(extra) + "</xml>";

        String encrypted = new MessageCipher(KEY, APP_ID).encrypt(xml, PREFIX);

        assertThat(encrypted).isEqualTo(TencentSide.encrypt(KEY, APP_ID, PREFIX, xml));
        assertThat(TencentSide.decrypt(KEY, encrypted)).isEqualTo(new TencentSide.Decrypted(xml, APP_ID));
    }

    @Test
    void aFullBlockOfPaddingIsThirtyTwoBytesOfThirtyTwo() {
        assertThat(Pkcs7.pad(new byte[32])).hasSize(64).endsWith(repeat((byte) 32, 32));
        assertThat(Pkcs7.pad(new byte[31])).hasSize(32).endsWith((byte) 1);
        assertThat(Pkcs7.unpaddedLength(Pkcs7.pad(new byte[45]))).hasValue(45);
    }

    @Test
    void invalidPaddingIsRecognised() {
        byte[] zero = new byte[32];
        byte[] tooLong = repeat((byte) 33, 64);
        byte[] uneven = repeat((byte) 4, 32);
        uneven[29] = 3;

        assertThat(Pkcs7.unpaddedLength(zero)).isEmpty();
        assertThat(Pkcs7.unpaddedLength(tooLong)).isEmpty();
        assertThat(Pkcs7.unpaddedLength(uneven)).isEmpty();
    }

    @Test
    void aMessageEncryptedForAnotherAppIdIsUnauthentic() {
        String encrypt = TencentSide.encrypt(KEY, "wx0000000000000000", PREFIX, TEXT_XML);

        InboundRejectedException rejection = MessagePushTest.assertRejected(
                TencentSide.encryptedPush(TOKEN, NOW, "1", OPENID, encrypt), context, Reason.UNAUTHENTIC);

        assertThat(rejection).hasMessageContaining("AppID");
    }

    @Test
    void anEncryptedPushWithAForgedMsgSignatureIsUnauthentic() {
        String encrypt = TencentSide.encrypt(KEY, APP_ID, PREFIX, TEXT_XML);
        InboundRequest genuine = TencentSide.encryptedPush(TOKEN, NOW, "1", OPENID, encrypt);
        Map<String, java.util.List<String>> query = new java.util.LinkedHashMap<>(genuine.queryParameters());
        query.put("msg_signature", java.util.List.of(TencentSide.sign("guessed-token", Long.toString(NOW), "1", encrypt)));

        MessagePushTest.assertRejected(TencentSide.request("POST", query, genuine.body()), context, Reason.UNAUTHENTIC);
    }

    @Test
    void anEncryptedPushWithoutMsgSignatureIsUnauthentic() {
        InboundRequest genuine = TencentSide.encryptedPush(TOKEN, NOW, "1", OPENID,
                TencentSide.encrypt(KEY, APP_ID, PREFIX, TEXT_XML));
        Map<String, java.util.List<String>> query = new java.util.LinkedHashMap<>(genuine.queryParameters());
        query.remove("msg_signature");

        MessagePushTest.assertRejected(TencentSide.request("POST", query, genuine.body()), context, Reason.UNAUTHENTIC);
    }

    @Test
    void aDamagedCiphertextIsMalformed() {
        byte[] damaged = Base64.getDecoder().decode(TencentSide.encrypt(KEY, APP_ID, PREFIX, TEXT_XML));
        damaged[damaged.length - 1] ^= 0x5a;

        MessagePushTest.assertRejected(TencentSide.encryptedPush(TOKEN, NOW, "1", OPENID,
                Base64.getEncoder().encodeToString(damaged)), context, Reason.MALFORMED);
    }

    @Test
    void anEncryptedTextPushIsReadAndAnsweredSuccessWithoutAutoReply() throws InboundRejectedException {
        InboundResult result = channel.receive(TencentSide.encryptedPush(TOKEN, NOW, "1", OPENID,
                TencentSide.encrypt(KEY, APP_ID, PREFIX, TEXT_XML)), context);

        assertThat(result.messages()).singleElement().satisfies(message -> {
            assertThat(message.externalMessageId()).isEqualTo("24890012345678901");
            assertThat(message.references()).containsExactly("C-2026-000123");
        });
        assertThat(result.reply()).isEqualTo(InboundReply.text("success"));
    }

    @Test
    void theAutoReplyIsEncryptedAndSignedForTencent() throws Exception {
        TestContext autoReplying = context.with("auto-reply", "已收到您的消息 ]]> 谢谢");

        InboundReply reply = channel.receive(TencentSide.encryptedPush(TOKEN, NOW, "1", OPENID,
                TencentSide.encrypt(KEY, APP_ID, PREFIX, TEXT_XML)), autoReplying).reply();

        Element envelope = MessagePushTest.parse(reply.body());
        String encrypt = MessagePushTest.text(envelope, "Encrypt");
        String timestamp = MessagePushTest.text(envelope, "TimeStamp");
        String nonce = MessagePushTest.text(envelope, "Nonce");
        assertThat(timestamp).isEqualTo(Long.toString(NOW));
        assertThat(MessagePushTest.text(envelope, "MsgSignature")).isEqualTo(TencentSide.sign(TOKEN, timestamp, nonce, encrypt));
        TencentSide.Decrypted inner = TencentSide.decrypt(KEY, encrypt);
        assertThat(inner.appId()).isEqualTo(APP_ID);
        Element replyXml = MessagePushTest.parse(inner.xml().getBytes(StandardCharsets.UTF_8));
        assertThat(MessagePushTest.text(replyXml, "ToUserName")).isEqualTo(OPENID);
        assertThat(MessagePushTest.text(replyXml, "FromUserName")).isEqualTo(MessagePushTest.ACCOUNT);
        assertThat(MessagePushTest.text(replyXml, "MsgType")).isEqualTo("text");
        assertThat(MessagePushTest.text(replyXml, "Content")).isEqualTo("已收到您的消息 ]]> 谢谢");
    }

    @Test
    void twoEncryptedRepliesToTheSameMessageDiffer() throws InboundRejectedException {
        TestContext autoReplying = context.with("auto-reply", "Thanks");
        InboundRequest push = TencentSide.encryptedPush(TOKEN, NOW, "1", OPENID, TencentSide.encrypt(KEY, APP_ID, PREFIX, TEXT_XML));

        // The random prefix must be fresh for every reply.
        assertThat(channel.receive(push, autoReplying).reply().body())
                .isNotEqualTo(channel.receive(push, autoReplying).reply().body());
    }

    @Test
    void anEncryptedPushNeedsTheEncodingAesKeySetting() {
        InboundRejectedException rejection = MessagePushTest.assertRejected(TencentSide.encryptedPush(TOKEN, NOW, "1",
                OPENID, TencentSide.encrypt(KEY, APP_ID, PREFIX, TEXT_XML)), context.with("encoding-aes-key", null),
                Reason.UNAUTHENTIC);

        assertThat(rejection).hasMessageContaining("'encoding-aes-key'");
    }

    @Test
    void aKeyThatIsNotFortyThreeBase64CharactersIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MessageCipher(KEY.substring(1), APP_ID));
        assertThatIllegalArgumentException().isThrownBy(() -> new MessageCipher(KEY.substring(1) + "!", APP_ID));

        InboundRejectedException rejection = catchThrowableOfType(() -> channel.receive(TencentSide.encryptedPush(TOKEN,
                NOW, "1", OPENID, "AAAA"), context.with("encoding-aes-key", "too-short")), InboundRejectedException.class);
        assertThat(rejection.reason()).isEqualTo(Reason.UNAUTHENTIC);
        assertThat(rejection).hasMessageNotContaining("too-short");
    }

    private static byte[] repeat(byte value, int count) {
        byte[] bytes = new byte[count];
        java.util.Arrays.fill(bytes, value);
        return bytes;
    }
}
