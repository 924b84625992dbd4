package dev.crm.channel.email;

import dev.crm.plugin.api.MessageAttributes;
import dev.crm.plugin.api.OutboundMessage;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.regex.Pattern;

/** Turns an {@link OutboundMessage} into the MIME message the customer receives. */
final class MailComposer {

    /** A Message-ID as the References and In-Reply-To headers carry it; anything else is not put in a header. */
    static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s@]+@[^<>\\s@]+>");

    // RFC 5322 dot-atom characters except '%', which escapes the others (so two ids never share a
    // Message-ID); the host's message ids are normally plain already.
    private static final Pattern ATOM_CHARACTER = Pattern.compile("[A-Za-z0-9!#$&'*+/=?^_`{|}~.-]");

    private MailComposer() {
    }

    static MimeMessage compose(OutboundMessage message, SenderIdentity identity, Session session, Instant now)
            throws MessagingException {
        // Parse the recipient first: an invalid address fails before anything is sent.
        InternetAddress recipient = new InternetAddress(message.recipient().strip(), true);
        recipient.validate();

        MimeMessage mime = new StableIdMimeMessage(session, messageIdOf(message.messageId(), identity.messageIdDomain()));
        mime.setFrom(identity.from());
        mime.setRecipient(Message.RecipientType.TO, recipient);
        String subject = subjectOf(message);
        if (subject != null) {
            mime.setSubject(subject, StandardCharsets.UTF_8.name());
        }
        mime.setSentDate(Date.from(now));
        message.attribute(MessageAttributes.THREAD_ID).map(String::strip)
                .filter(threadId -> MESSAGE_ID.matcher(threadId).matches())
                .ifPresent(threadId -> setThread(mime, threadId));

        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.body(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.attribute(MessageAttributes.HTML_BODY).orElseGet(() -> HtmlText.paragraphsOf(message.body())),
                StandardCharsets.UTF_8.name(), "html");
        // Plain text first: clients show the last alternative they understand.
        mime.setContent(new MimeMultipart("alternative", text, html));
        mime.saveChanges();
        return mime;
    }

    /** The same OutboundMessage id gives the same Message-ID, so a retried send is recognisably the same mail. */
    static String messageIdOf(String messageId, String domain) {
        StringBuilder local = new StringBuilder();
        messageId.strip().codePoints().forEach(c -> {
            String character = Character.toString(c);
            if (ATOM_CHARACTER.matcher(character).matches()) {
                local.append(character);
            } else {
                for (byte b : character.getBytes(StandardCharsets.UTF_8)) {
                    local.append('%').append(String.format("%02X", b & 0xff));
                }
            }
        });
        return "<" + local + "@" + domain + ">";
    }

    /** The complaint number goes into the subject, where the customer's reply carries it back. */
    static String subjectOf(OutboundMessage message) {
        String subject = message.subject() == null ? null : message.subject().replaceAll("\\R", " ").strip();
        String complaintNumber = message.attribute(MessageAttributes.COMPLAINT_NUMBER).map(String::strip)
                .filter(number -> !number.isEmpty()).orElse(null);
        if (complaintNumber == null || (subject != null && subject.contains(complaintNumber))) {
            return subject;
        }
        return subject == null || subject.isEmpty() ? "[" + complaintNumber + "]" : "[" + complaintNumber + "] " + subject;
    }

    private static void setThread(MimeMessage mime, String threadId) {
        try {
            mime.setHeader("In-Reply-To", threadId);
            mime.setHeader("References", threadId);
        } catch (MessagingException e) {
            throw new IllegalStateException("a new message always takes headers", e);
        }
    }
}
