package dev.crm.channel.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crm.plugin.api.Attachment;
import dev.crm.plugin.api.InboundMessage;
import dev.crm.plugin.api.InboundRejectedException;
import dev.crm.plugin.api.InboundRejectedException.Reason;
import dev.crm.plugin.api.InboundRequest;
import dev.crm.plugin.api.InboundResult;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookReceiveTest {

    private static final String TOKEN = "inbound-s3cret";

    private final EmailChannel channel = new EmailChannel();
    private final TestChannelContext context = new TestChannelContext("email", Map.of("inbound-token", TOKEN));

    private static InboundRequest post(String token, String contentType, byte[] body) {
        Map<String, List<String>> headers = new HashMap<>();
        if (token != null) {
            headers.put("X-Inbound-Token", List.of(token));
        }
        if (contentType != null) {
            headers.put("Content-Type", List.of(contentType));
        }
        return new InboundRequest("POST", "/api/v1/channels/email/inbound", headers, Map.of(), body, "203.0.113.7");
    }

    private static InboundRequest post(String token, byte[] body) {
        return post(token, "message/rfc822", body);
    }

    private InboundMessage receiveOne(String rawMail) throws InboundRejectedException {
        InboundResult result = channel.receive(post(TOKEN, RawMails.bytes(rawMail)), context);
        assertThat(result.messages()).hasSize(1);
        assertThat(result.optionalReply()).isEmpty();
        return result.messages().get(0);
    }

    private Reason rejectionOf(InboundRequest request, TestChannelContext context) {
        InboundRejectedException rejection = catchThrowableOfType(() -> channel.receive(request, context),
                InboundRejectedException.class);
        assertThat(rejection).as("rejected").isNotNull();
        return rejection.reason();
    }

    @Test
    void theRightTokenAndARawMailGiveTheMessage() throws InboundRejectedException {
        InboundMessage message = receiveOne(RawMails.replyWithHistoryAndPhoto());

        assertThat(message.channelId()).isEqualTo("email");
        assertThat(message.externalMessageId()).isEqualTo("<reply-1@example.com>");
        assertThat(message.threadId()).isEqualTo("<first-mail@example.com>");
        assertThat(message.sender().address()).isEqualTo("li.wei@example.com");
        assertThat(message.text()).startsWith("The kettle still does not heat.").doesNotContain("Kind regards", "wrote:");
        assertThat(message.references()).containsExactly("C-2026-000123", "C-2026-000124");
        assertThat(message.attachments()).containsExactly(
                new Attachment("kettle.jpg", "image/jpeg", RawMails.PHOTO.length, null));
    }

    @Test
    void octetStreamAndAMissingContentTypeAreTakenAsRawMailToo() throws InboundRejectedException {
        byte[] mail = RawMails.bytes(RawMails.newComplaint("<new-1@example.com>", "Broken parcel"));

        assertThat(channel.receive(post(TOKEN, "application/octet-stream", mail), context).messages()).hasSize(1);
        assertThat(channel.receive(post(TOKEN, null, mail), context).messages()).hasSize(1);
    }

    @Test
    void aWrongOrMissingTokenIsUnauthentic() {
        byte[] mail = RawMails.bytes(RawMails.newComplaint("<new-1@example.com>", "Broken parcel"));

        assertThat(rejectionOf(post("inbound-s3creT", mail), context)).isEqualTo(Reason.UNAUTHENTIC);
        assertThat(rejectionOf(post(TOKEN + "x", mail), context)).isEqualTo(Reason.UNAUTHENTIC);
        assertThat(rejectionOf(post(null, mail), context)).isEqualTo(Reason.UNAUTHENTIC);
    }

    @Test
    void withoutAConfiguredTokenNothingIsAccepted() {
        byte[] mail = RawMails.bytes(RawMails.newComplaint("<new-1@example.com>", "Broken parcel"));
        TestChannelContext unconfigured = new TestChannelContext("email", Map.of());

        assertThat(rejectionOf(post("", mail), unconfigured)).isEqualTo(Reason.UNAUTHENTIC);
        assertThat(rejectionOf(post(null, mail), unconfigured)).isEqualTo(Reason.UNAUTHENTIC);
        assertThat(rejectionOf(post("anything", mail), unconfigured)).isEqualTo(Reason.UNAUTHENTIC);
    }

    @Test
    void theTokenIsCheckedBeforeTheBodyIsRead() {
        assertThat(rejectionOf(post("guess", "text/html", "garbage".getBytes(StandardCharsets.UTF_8)), context))
                .isEqualTo(Reason.UNAUTHENTIC);
    }

    @Test
    void onlyPostCarriesMail() {
        InboundRequest get = new InboundRequest("GET", "/api/v1/channels/email/inbound",
                Map.of("X-Inbound-Token", List.of(TOKEN)), Map.of(), new byte[0], null);

        assertThat(rejectionOf(get, context)).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void garbageAnEmptyBodyAMailWithoutFromOrAnotherFormatAreMalformed() {
        byte[] garbage = {0x00, (byte) 0xff, 0x13, 0x37, '\n', '\n', 0x01};

        assertThat(rejectionOf(post(TOKEN, garbage), context)).isEqualTo(Reason.MALFORMED);
        assertThat(rejectionOf(post(TOKEN, new byte[0]), context)).isEqualTo(Reason.MALFORMED);
        assertThat(rejectionOf(post(TOKEN, RawMails.bytes(RawMails.withoutFrom())), context)).isEqualTo(Reason.MALFORMED);
        assertThat(rejectionOf(post(TOKEN, "multipart/form-data; boundary=x",
                RawMails.bytes(RawMails.newComplaint("<new-1@example.com>", "Broken parcel"))), context))
                .isEqualTo(Reason.MALFORMED);
    }

    @Test
    void aMailWithoutMessageIdGetsAStableIdFromItsBytesAndStartsItsOwnThread() throws InboundRejectedException {
        String mail = RawMails.newComplaint("<x@example.com>", "No id").replace("Message-ID: <x@example.com>\r\n", "");

        InboundMessage first = receiveOne(mail);
        InboundMessage redelivered = receiveOne(mail);
        InboundMessage other = receiveOne(mail.replace("No id", "Other"));

        assertThat(first.externalMessageId()).matches("sha256:[0-9a-f]{64}");
        assertThat(redelivered.externalMessageId()).isEqualTo(first.externalMessageId());
        assertThat(other.externalMessageId()).isNotEqualTo(first.externalMessageId());
        assertThat(first.threadId()).isEqualTo(first.externalMessageId());
    }

    @Test
    void theThreadIsInReplyToWhenThereAreNoReferences() throws InboundRejectedException {
        String mail = RawMails.newComplaint("<new-2@example.com>", "Re: status")
                .replace("Message-ID:", "In-Reply-To: <out-7@crm.test> (your mail of Monday)\r\nMessage-ID:");

        assertThat(receiveOne(mail).threadId()).isEqualTo("<out-7@crm.test>");
    }

    @Test
    void aMailWithoutDateIsTakenAsReceivedNow() throws InboundRejectedException {
        String mail = RawMails.newComplaint("<new-3@example.com>", "Broken parcel")
                .replace("Date: Tue, 24 Nov 2026 10:00:00 +0800\r\n", "");

        assertThat(receiveOne(mail).receivedAt()).isEqualTo(TestChannelContext.NOW);
    }

    @Test
    void anHtmlOnlyMailBecomesTextWithoutItsQuotedHistory() throws InboundRejectedException {
        String mail = RawMails.newComplaint("<new-4@example.com>", "Re: [C-2026-000123] Your complaint")
                .replace("text/plain", "text/html")
                .replace("My order arrived broken.", "<html><head><style>p{}</style></head><body>"
                        + "<p>Still broken &amp; <b>unusable</b>.</p><div>On Mon, 23 Nov 2026, CRM &lt;support@crm.test&gt;"
                        + " wrote:<br></div><blockquote><p>Your complaint C-2026-000999</p></blockquote></body></html>");

        InboundMessage message = receiveOne(mail);

        assertThat(message.text()).isEqualTo("Still broken & unusable.");
        assertThat(message.references()).containsExactly("C-2026-000123");
    }

    @Test
    void aMailWithNeitherSubjectNorTextNorFileIsMalformed() {
        String mail = RawMails.newComplaint("<new-5@example.com>", "")
                .replace("Subject: \r\n", "").replace("My order arrived broken.", "> only a quote");

        assertThat(rejectionOf(post(TOKEN, RawMails.bytes(mail)), context)).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void theReceivedTimeComesFromTheDateHeader() throws InboundRejectedException {
        assertThat(receiveOne(RawMails.newComplaint("<new-6@example.com>", "x")).receivedAt())
                .isEqualTo(Instant.parse("2026-11-24T02:00:00Z"));
    }
}
