package dev.crm.channel.email;

import dev.crm.plugin.api.ChannelContext;
import dev.crm.plugin.api.DeliveryResult;
import dev.crm.plugin.api.OutboundMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/** Delivers outbound messages through the configured SMTP server. */
final class SmtpSender {

    DeliveryResult send(OutboundMessage message, ChannelContext context) {
        MailServer server;
        SenderIdentity identity;
        try {
            server = MailServer.smtp(context);
            identity = SenderIdentity.from(context);
        } catch (IllegalStateException e) {
            // Names the instance and the key, never the value (see ChannelContext.setting).
            return DeliveryResult.permanentFailure(e.getMessage());
        }
        try {
            Session session = Session.getInstance(server.sessionProperties());
            MimeMessage mime = MailComposer.compose(message, identity, session, context.clock().instant());
            transmit(session, server, mime);
            return DeliveryResult.delivered(mime.getMessageID());
        } catch (MessagingException e) {
            DeliveryResult failure = SmtpFailure.classify(e);
            context.logger().log(System.Logger.Level.INFO, "message {0} not sent: {1}", message.messageId(), failure);
            return failure;
        } catch (RuntimeException e) {
            // The host must get an answer, not an exception; the next attempt may work.
            context.logger().log(System.Logger.Level.WARNING, "message {0} not sent: unexpected {1}",
                    message.messageId(), e.getClass().getName());
            return DeliveryResult.retryLater("unexpected error while sending: " + e.getClass().getSimpleName());
        }
    }

    private static void transmit(Session session, MailServer server, MimeMessage mime) throws MessagingException {
        Transport transport = session.getTransport("smtp");
        transport.connect(server.host(), server.port(), server.username(), server.password());
        try {
            transport.sendMessage(mime, mime.getAllRecipients());
        } finally {
            closeQuietly(transport);
        }
    }

    // Once the server has accepted the message, a failed QUIT must not turn it into a retry.
    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            // the connection is gone either way
        }
    }
}
