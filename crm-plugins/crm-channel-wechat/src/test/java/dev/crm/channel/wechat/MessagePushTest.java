package dev.crm.channel.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crm.plugin.api.Attachment;
import dev.crm.plugin.api.InboundMessage;
import dev.crm.plugin.api.InboundRejectedException;
import dev.crm.plugin.api.InboundRejectedException.Reason;
import dev.crm.plugin.api.InboundReply;
import dev.crm.plugin.api.InboundRequest;
import dev.crm.plugin.api.InboundResult;
import dev.crm.plugin.api.Sender;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class MessagePushTest {

    static final String TOKEN = "crm-wechat-token";
    static final String OPENID = "oXq2x5Yk8mZ3wR1tL9aB7cD4eF6g";
    static final String ACCOUNT = "gh_3f2a9c7b1d04";
    static final long NOW = 1_795_334_400L;

    private final WechatChannel channel = new WechatChannel();
    private final TestContext context = TestContext.of(Map.of("token", TOKEN, "app-id", "wx8c2f5e7a9b1d3c46"),
            new MutableClock(Instant.ofEpochSecond(NOW)));

    static InboundRequest signedPush(String sample) {
        return TencentSide.push(TOKEN, NOW, "918273645", OPENID, TencentSide.sample(sample));
    }

    @Test
    void aTextMessageBecomesAMessageInTheFollowersThread() throws InboundRejectedException {
        InboundResult result = channel.receive(signedPush("text.xml"), context);

        assertThat(result.messages()).singleElement().satisfies(message -> {
            assertThat(message.channelId()).isEqualTo("wechat");
            assertThat(message.externalMessageId()).isEqualTo("24890012345678901");
            assertThat(message.sender()).isEqualTo(new Sender(Sender.Kind.OPENID, OPENID, null));
            assertThat(message.threadId()).isEqualTo(OPENID);
            assertThat(message.text()).isEqualTo("你好，投诉单 C-2026-000123 的水壶还是不加热");
            assertThat(message.receivedAt()).isEqualTo(Instant.ofEpochSecond(1_795_334_390L));
            assertThat(message.references()).containsExactly("C-2026-000123");
            assertThat(message.attachments()).isEmpty();
        });
    }

    @Test
    void withoutAutoReplyWeChatIsAnsweredWithSuccess() throws InboundRejectedException {
        InboundReply reply = channel.receive(signedPush("text.xml"), context).reply();

        assertThat(reply).isEqualTo(InboundReply.text("success"));
    }

    @Test
    void anImageBecomesAMessageWithItsMediaAsAttachment() throws InboundRejectedException {
        InboundMessage message = channel.receive(signedPush("image.xml"), context).messages().get(0);

        assertThat(message.externalMessageId()).isEqualTo("24890012345678903");
        assertThat(message.text()).isEqualTo("[image] http://mmbiz.qpic.cn/mmbiz_jpg/Qx7cE2b9VZicP1aR/0");
        assertThat(message.attachments()).containsExactly(new Attachment("image-24890012345678903.jpg", "image/jpeg", 0,
                "Kq3vVwR0yT1xH8pLmN2bC5dF7gJ9kS4aE6uW-IoPzXcB"));
    }

    @Test
    void aVoiceMessageCarriesWeChatsTranscriptAndItsReferences() throws InboundRejectedException {
        InboundMessage message = channel.receive(signedPush("voice.xml"), context).messages().get(0);

        assertThat(message.text()).isEqualTo("[voice] 投诉单C-2026-000456还没有人处理");
        assertThat(message.references()).containsExactly("C-2026-000456");
        assertThat(message.attachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.fileName()).isEqualTo("voice-24890012345678904.amr");
            assertThat(attachment.contentType()).isEqualTo("audio/amr");
            assertThat(attachment.providerReference()).isEqualTo("Vm8nB2cX4zL6kJ0hG9fD1sA3qW5eR7tY-uIoP");
        });
    }

    @Test
    void aSubscribeEventCarriesNoMessageAndIsAnsweredWithSuccess() throws InboundRejectedException {
        InboundResult result = channel.receive(signedPush("subscribe-event.xml"), context);

        assertThat(result.messages()).isEmpty();
        assertThat(result.reply()).isEqualTo(InboundReply.text("success"));
    }

    @Test
    void aPushSignedWithAnotherTokenIsUnauthentic() {
        InboundRequest forged = TencentSide.push("guessed-token", NOW, "918273645", OPENID,
                TencentSide.sample("text.xml"));

        assertRejected(forged, context, Reason.UNAUTHENTIC);
    }

    @Test
    void aStalePushIsUnauthenticEvenWithAValidSignature() {
        InboundRequest stale = TencentSide.push(TOKEN, NOW - 301, "918273645", OPENID, TencentSide.sample("text.xml"));

        assertRejected(stale, context, Reason.UNAUTHENTIC);
    }

    @Test
    void aPushFromAnotherFollowerThanTheSignedOpenidIsUnauthentic() {
        InboundRequest swapped = TencentSide.push(TOKEN, NOW, "918273645", "oSomeoneElse0000000000000000",
                TencentSide.sample("text.xml"));

        assertRejected(swapped, context, Reason.UNAUTHENTIC);
    }

    @Test
    void aConfiguredAutoReplyIsSentAsPassiveReplyXml() throws Exception {
        String autoReply = "收到！We reply within 1 day. <b>&amp; ]]> stays text";
        MutableClock clock = context.clock();
        clock.advance(java.time.Duration.ofSeconds(7));

        InboundReply reply = channel.receive(signedPush("text.xml"), context.with("auto-reply", autoReply)).reply();

        assertThat(reply.contentType()).startsWith("application/xml");
        String xml = new String(reply.body(), StandardCharsets.UTF_8);
        // "]]>" cannot stand inside one CDATA section; it must be split across two.
        assertThat(xml).contains("]]]]><![CDATA[>");
        Element root = parse(reply.body());
        assertThat(root.getTagName()).isEqualTo("xml");
        assertThat(text(root, "ToUserName")).isEqualTo(OPENID);
        assertThat(text(root, "FromUserName")).isEqualTo(ACCOUNT);
        assertThat(text(root, "CreateTime")).isEqualTo(Long.toString(NOW + 7));
        assertThat(text(root, "MsgType")).isEqualTo("text");
        assertThat(text(root, "Content")).isEqualTo(autoReply);
    }

    @Test
    void theAutoReplyAnswersTextMessagesOnly() throws InboundRejectedException {
        TestContext autoReplying = context.with("auto-reply", "Thanks!");

        assertThat(channel.receive(signedPush("image.xml"), autoReplying).reply()).isEqualTo(InboundReply.text("success"));
        assertThat(channel.receive(signedPush("subscribe-event.xml"), autoReplying).reply())
                .isEqualTo(InboundReply.text("success"));
    }

    @Test
    void malformedXmlIsMalformed() {
        assertRejected(signedPush("malformed.xml"), context, Reason.MALFORMED);
    }

    @Test
    void aTextMessageWithoutMsgIdIsMalformed() {
        InboundRejectedException rejection = assertRejected(signedPush("text-without-msgid.xml"), context,
                Reason.MALFORMED);

        assertThat(rejection).hasMessageContaining("MsgId");
    }

    @Test
    void aDocumentWhoseRootIsNotXmlIsMalformed() {
        InboundRequest request = TencentSide.push(TOKEN, NOW, "1", OPENID,
                "<message><MsgType>text</MsgType></message>".getBytes(StandardCharsets.UTF_8));

        assertRejected(request, context, Reason.MALFORMED);
    }

    @Test
    void aFieldSentTwiceIsMalformed() {
        String body = new String(TencentSide.sample("text.xml"), StandardCharsets.UTF_8)
                .replace("</xml>", "<Content><![CDATA[a second content]]></Content></xml>");

        assertRejected(TencentSide.push(TOKEN, NOW, "1", OPENID, body.getBytes(StandardCharsets.UTF_8)), context,
                Reason.MALFORMED);
    }

    @Test
    void aBodyOverSixtyFourKibibytesIsMalformedWhateverItHolds() {
        String body = new String(TencentSide.sample("text.xml"), StandardCharsets.UTF_8)
                .replace("</xml>", "<!--" + "x".repeat(64 * 1024) + "--></xml>");

        InboundRejectedException rejection = assertRejected(
                TencentSide.push(TOKEN, NOW, "1", OPENID, body.getBytes(StandardCharsets.UTF_8)), context, Reason.MALFORMED);

        assertThat(rejection).hasMessageContaining("65536");
    }

    @Test
    void anEmptyBodyIsMalformed() {
        assertRejected(TencentSide.push(TOKEN, NOW, "1", OPENID, new byte[0]), context, Reason.MALFORMED);
    }

    @Test
    void anUnknownEncryptTypeIsMalformed() {
        String ts = Long.toString(NOW);
        InboundRequest request = TencentSide.request("POST", TencentSide.query("signature",
                TencentSide.sign(TOKEN, ts, "1"), "timestamp", ts, "nonce", "1", "encrypt_type", "rot13"),
                TencentSide.sample("text.xml"));

        assertRejected(request, context, Reason.MALFORMED);
    }

    @Test
    void methodsOtherThanGetAndPostAreMalformed() {
        InboundRequest put = TencentSide.request("PUT", signedPush("text.xml").queryParameters(),
                TencentSide.sample("text.xml"));

        assertRejected(put, context, Reason.MALFORMED);
    }

    static InboundRejectedException assertRejected(InboundRequest request, TestContext context, Reason reason) {
        InboundRejectedException rejection = catchThrowableOfType(() -> new WechatChannel().receive(request, context),
                InboundRejectedException.class);
        assertThat(rejection).as("rejection").isNotNull();
        assertThat(rejection.reason()).isEqualTo(reason);
        return rejection;
    }

    /** The test's own parser: the reply is the channel's, so trusted here. */
    static Element parse(byte[] xml) throws Exception {
        return DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml)).getDocumentElement();
    }

    static String text(Element root, String name) {
        return root.getElementsByTagName(name).item(0).getTextContent();
    }
}
