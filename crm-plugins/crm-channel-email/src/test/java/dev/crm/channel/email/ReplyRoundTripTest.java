package dev.crm.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.crm.plugin.api.DeliveryResult;
import dev.crm.plugin.api.InboundMessage;
import dev.crm.plugin.api.MessageAttributes;
import dev.crm.plugin.api.OutboundMessage;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Customer and CRM write to each other through a real mail server, and the thread holds together. */
class ReplyRoundTripTest {

    private static final String SUPPORT_PASSWORD = "support-secret";

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("support@crm.test", "support", SUPPORT_PASSWORD));

    private final EmailChannel channel = new EmailChannel();

    private static TestChannelContext context() {
        return new TestChannelContext("email", Map.of(
                "smtp-host", greenMail.getSmtp().getBindTo(),
                "smtp-port", Integer.toString(greenMail.getSmtp().getPort()),
                "smtp-security", "none",
                "from-address", "support@crm.test",
                "imap-host", greenMail.getImap().getBindTo(),
                "imap-port", Integer.toString(greenMail.getImap().getPort()),
                "imap-security", "none",
                "imap-username", "support",
                "imap-password", SUPPORT_PASSWORD));
    }

    /** The customer's mail client: plain Jakarta Mail talking SMTP to the server. */
    private static Session customerSession() {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", greenMail.getSmtp().getBindTo());
        properties.setProperty("mail.smtp.port", Integer.toString(greenMail.getSmtp().getPort()));
        return Session.getInstance(properties);
    }

    private static MimeMessage lastMailTo(String address) throws MessagingException {
        MimeMessage last = null;
        for (MimeMessage mail : greenMail.getReceivedMessages()) {
            if (mail.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
                last = mail;
            }
        }
        assertThat(last).as("mail to " + address).isNotNull();
        return last;
    }

    private static void send(MimeMessage mail) throws MessagingException {
        try (Transport transport = customerSession().getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(mail, mail.getAllRecipients());
        }
    }

    /** What a mail client does on "Reply": Re: subject, In-Reply-To and References, the quoted original below. */
    private static void customerReplies(MimeMessage original, String text) throws MessagingException {
        int before = greenMail.getReceivedMessages().length;
        MimeMessage reply = (MimeMessage) original.reply(false);
        reply.setFrom(new InternetAddress("li.wei@example.com"));
        reply.setText(text + "\n\nOn Sun, 22 Nov 2026 at 08:00, support@crm.test wrote:\n> "
                + original.getSubject() + "\n", "UTF-8");
        reply.saveChanges();
        send(reply);
        assertThat(greenMail.waitForIncomingEmail(5_000, before + 1)).isTrue();
    }

    private List<InboundMessage> pollAndConfirm(TestChannelContext context) {
        List<InboundMessage> messages = channel.poll(context).messages();
        channel.confirmPolled(messages, context);
        return messages;
    }

    private DeliveryResult acknowledge(String messageId, String threadId, TestChannelContext context) {
        Map<String, String> attributes = new HashMap<>(Map.of(MessageAttributes.COMPLAINT_NUMBER, "C-2026-000123"));
        if (threadId != null) {
            attributes.put(MessageAttributes.THREAD_ID, threadId);
        }
        return channel.send(new OutboundMessage(messageId, "li.wei@example.com", "We have received your complaint",
                "We will call you within two days.", attributes), context);
    }

    @Test
    void aReplyToAnAcknowledgementComesBackWithTheComplaintNumberAndTheAcknowledgementsThread() throws Exception {
        TestChannelContext context = context();
        DeliveryResult sent = acknowledge("ack-1", null, context);
        assertThat(sent).isEqualTo(DeliveryResult.delivered("<ack-1@crm.test>"));

        customerReplies(lastMailTo("li.wei@example.com"), "Tomorrow morning suits me.");
        List<InboundMessage> replies = pollAndConfirm(context);

        assertThat(replies).singleElement().satisfies(reply -> {
            assertThat(reply.threadId()).isEqualTo("<ack-1@crm.test>");
            assertThat(reply.references()).containsExactly("C-2026-000123");
            assertThat(reply.subject()).isEqualTo("Re: [C-2026-000123] We have received your complaint");
            assertThat(reply.text()).isEqualTo("Tomorrow morning suits me.");
            assertThat(reply.sender().address()).isEqualTo("li.wei@example.com");
        });
    }

    @Test
    void aConversationTheCustomerStartedStaysOneThreadAcrossRepliesBothWays() throws Exception {
        TestChannelContext context = context();
        MimeMessage complaint = new MimeMessage(customerSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<kettle-1@example.com>");
            }
        };
        complaint.setFrom(new InternetAddress("li.wei@example.com", "Li Wei"));
        complaint.setRecipient(Message.RecipientType.TO, new InternetAddress("support@crm.test"));
        complaint.setSubject("My kettle does not heat");
        complaint.setText("Bought it last week, it stays cold.");
        complaint.saveChanges();
        send(complaint);
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();

        InboundMessage first = pollAndConfirm(context).get(0);
        assertThat(first.threadId()).isEqualTo("<kettle-1@example.com>");
        assertThat(first.references()).isEmpty();

        assertThat(acknowledge("ack-2", first.threadId(), context)).isEqualTo(DeliveryResult.delivered("<ack-2@crm.test>"));
        MimeMessage acknowledgement = lastMailTo("li.wei@example.com");
        assertThat(acknowledgement.getHeader("In-Reply-To", null)).isEqualTo("<kettle-1@example.com>");

        customerReplies(acknowledgement, "It is the K-200 model.");
        List<InboundMessage> replies = pollAndConfirm(context);

        assertThat(replies).singleElement().satisfies(reply -> {
            assertThat(reply.threadId()).isEqualTo(first.threadId());
            assertThat(reply.references()).containsExactly("C-2026-000123");
            assertThat(reply.text()).isEqualTo("It is the K-200 model.");
            assertThat(reply.externalMessageId()).isNotEqualTo(first.externalMessageId());
        });
        assertThat(channel.poll(context).messages()).isEmpty();
    }
}
