package dev.crm.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.crm.plugin.api.DeliveryResult;
import dev.crm.plugin.api.MessageAttributes;
import dev.crm.plugin.api.OutboundMessage;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmailChannelSendTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    private final EmailChannel channel = new EmailChannel();

    private TestChannelContext context() {
        return new TestChannelContext("email", Map.of(
                "smtp-host", greenMail.getSmtp().getBindTo(),
                "smtp-port", Integer.toString(greenMail.getSmtp().getPort()),
                "smtp-security", "none",
                "from-address", "support@crm.test",
                "from-name", "CRM Support"));
    }

    private static OutboundMessage acknowledgement(String messageId, Map<String, String> attributes) {
        return new OutboundMessage(messageId, "li.wei@example.com", "We have received your complaint",
                "Dear Li Wei & family,\nthank you.\n\nWe will call you <soon>.", attributes);
    }

    private static MimeMessage onlyReceived() {
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    @Test
    void deliversTextAndHtmlAlternativesWithTheDeterministicMessageId() throws Exception {
        DeliveryResult result = channel.send(acknowledgement("out-42", Map.of()), context());

        assertThat(result).isEqualTo(DeliveryResult.delivered("<out-42@crm.test>"));
        MimeMessage mail = onlyReceived();
        assertThat(mail.getMessageID()).isEqualTo("<out-42@crm.test>");
        assertThat(mail.getFrom()).containsExactly(new InternetAddress("support@crm.test", "CRM Support"));
        assertThat(mail.getSentDate().toInstant()).isEqualTo(TestChannelContext.NOW);
        assertThat(mail.isMimeType("multipart/alternative")).isTrue();
        MimeMultipart alternatives = (MimeMultipart) mail.getContent();
        assertThat(alternatives.getCount()).isEqualTo(2);
        BodyPart text = alternatives.getBodyPart(0);
        BodyPart html = alternatives.getBodyPart(1);
        assertThat(text.isMimeType("text/plain")).isTrue();
        // SMTP carries CRLF line ends; the text is what matters.
        assertThat(text.getContent()).asString().isEqualToNormalizingNewlines("Dear Li Wei & family,\nthank you.\n\nWe will call you <soon>.");
        assertThat(html.isMimeType("text/html")).isTrue();
        assertThat(html.getContent().toString().replace("\r\n", "\n"))
                .contains("<p>Dear Li Wei &amp; family,<br>\nthank you.</p>")
                .contains("<p>We will call you &lt;soon&gt;.</p>");
    }

    @Test
    void prefixesTheSubjectWithTheComplaintNumberAndThreadsTheReply() throws Exception {
        channel.send(acknowledgement("out-43", Map.of(
                MessageAttributes.COMPLAINT_NUMBER, "C-2026-000123",
                MessageAttributes.THREAD_ID, "<first-mail@example.com>")), context());

        MimeMessage mail = onlyReceived();
        assertThat(mail.getSubject()).isEqualTo("[C-2026-000123] We have received your complaint");
        assertThat(mail.getHeader("In-Reply-To", null)).isEqualTo("<first-mail@example.com>");
        assertThat(mail.getHeader("References", null)).isEqualTo("<first-mail@example.com>");
    }

    @Test
    void leavesASubjectThatAlreadyNamesTheComplaintAlone() throws Exception {
        OutboundMessage status = new OutboundMessage("out-44", "li.wei@example.com",
                "Complaint C-2026-000123 is resolved", "Done.", Map.of(MessageAttributes.COMPLAINT_NUMBER, "C-2026-000123"));

        channel.send(status, context());

        MimeMessage mail = onlyReceived();
        assertThat(mail.getSubject()).isEqualTo("Complaint C-2026-000123 is resolved");
        assertThat(mail.getHeader("In-Reply-To")).isNull();
    }

    @Test
    void sendsTheGivenHtmlBodyAsIs() throws Exception {
        channel.send(acknowledgement("out-45", Map.of(MessageAttributes.HTML_BODY, "<h1>Thank you</h1>")), context());

        MimeMultipart alternatives = (MimeMultipart) onlyReceived().getContent();
        assertThat(alternatives.getBodyPart(1).getContent()).isEqualTo("<h1>Thank you</h1>");
    }

    @Test
    void aRetryCarriesTheSameMessageId() throws Exception {
        DeliveryResult first = channel.send(acknowledgement("out-46", Map.of()), context());
        DeliveryResult retry = channel.send(acknowledgement("out-46", Map.of()), context());
        DeliveryResult other = channel.send(acknowledgement("out-47", Map.of()), context());

        assertThat(retry).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(greenMail.waitForIncomingEmail(5_000, 3)).isTrue();
        assertThat(greenMail.getReceivedMessages()).extracting(MimeMessage::getMessageID)
                .containsExactly("<out-46@crm.test>", "<out-46@crm.test>", "<out-47@crm.test>");
    }

    @Test
    void usesTheConfiguredMessageIdDomainAndKeepsIdsValid() throws Exception {
        DeliveryResult result = channel.send(acknowledgement("out 48@x", Map.of()),
                context().with("message-id-domain", "mail.crm.test"));

        assertThat(result).isEqualTo(DeliveryResult.delivered("<out%2048%40x@mail.crm.test>"));
        assertThat(onlyReceived().getMessageID()).isEqualTo("<out%2048%40x@mail.crm.test>");
    }

    @Test
    void ignoresAThreadIdThatIsNoMessageId() throws Exception {
        channel.send(acknowledgement("out-49", Map.of(MessageAttributes.THREAD_ID, "x\r\nBcc: evil@example.com")),
                context());

        MimeMessage mail = onlyReceived();
        assertThat(mail.getHeader("In-Reply-To")).isNull();
        assertThat(mail.getHeader("Bcc")).isNull();
    }

    @Test
    void usesItsOwnJakartaMailWhenTheCallingThreadSeesTheHostsCopy() throws Exception {
        HostClassLoader.Outcome<DeliveryResult> outcome = HostClassLoader.call(
                () -> channel.send(acknowledgement("out-50", Map.of()), context()));

        assertThat(outcome.value()).isEqualTo(DeliveryResult.delivered("<out-50@crm.test>"));
        assertThat(outcome.contextClassLoaderAfterwards()).isSameAs(outcome.hostLoader());
        assertThat(onlyReceived().getMessageID()).isEqualTo("<out-50@crm.test>");
    }
}
