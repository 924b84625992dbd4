package dev.crm.channel.email;

import dev.crm.plugin.api.ChannelContext;
import dev.crm.plugin.api.InboundMessage;
import dev.crm.plugin.api.InboundRejectedException;
import dev.crm.plugin.api.Sender;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a raw RFC 822 message into an {@link InboundMessage}; shared by IMAP polling and the
 * webhook, so a mail is the same message whichever way it arrives.
 */
final class Rfc822Parser {

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");

    InboundMessage parse(byte[] raw, ChannelContext context) throws InboundRejectedException {
        if (raw.length == 0) {
            throw InboundRejectedException.malformed("empty message");
        }
        try {
            MimeMessage mime = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
            InternetAddress from = fromAddress(mime);
            String messageId = messageIdOf(mime.getHeader("Message-ID", " ")).orElseGet(() -> contentId(raw));
            MailContents contents = MailContents.of(mime);
            String subject = mime.getSubject();
            String text = QuotedHistory.strip(contents.text());
            Date sent = mime.getSentDate();
            Instant receivedAt = sent == null ? context.clock().instant() : sent.toInstant();
            return new InboundMessage(context.channelInstanceId(), messageId, threadIdOf(mime, messageId),
                    new Sender(Sender.Kind.EMAIL, from.getAddress(), from.getPersonal()), subject, text, receivedAt,
                    ComplaintNumbers.findIn(subject, text), contents.attachments());
        } catch (MessagingException | IOException | RuntimeException e) {
            // RuntimeException: mostly the InboundMessage checks (a mail without subject, text or
            // file), but any mail this parser trips over is the sender's problem, not the host's.
            throw InboundRejectedException.malformed("not a readable e-mail: " + e.getMessage(), e);
        }
    }

    private static InternetAddress fromAddress(MimeMessage mime) throws MessagingException, InboundRejectedException {
        Address[] from = mime.getFrom();
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)
                || address.getAddress() == null || address.getAddress().isBlank()) {
            throw InboundRejectedException.malformed("no From address");
        }
        return address;
    }

    /**
     * The conversation this mail belongs to: the root of References (the first message of the
     * thread), else the message it answers, else the mail itself, which then starts a thread.
     */
    private static String threadIdOf(MimeMessage mime, String messageId) throws MessagingException {
        return firstMessageId(mime.getHeader("References", " "))
                .or(() -> firstMessageIdUnchecked(mime, "In-Reply-To"))
                .orElse(messageId);
    }

    private static Optional<String> firstMessageIdUnchecked(MimeMessage mime, String header) {
        try {
            return firstMessageId(mime.getHeader(header, " "));
        } catch (MessagingException e) {
            return Optional.empty();
        }
    }

    /** The Message-ID, also when a sloppy client left out the angle brackets. */
    private static Optional<String> messageIdOf(String header) {
        return firstMessageId(header).or(() -> Optional.ofNullable(header).map(String::strip)
                .filter(id -> !id.isEmpty() && id.chars().noneMatch(Character::isWhitespace)));
    }

    private static Optional<String> firstMessageId(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher matcher = MESSAGE_ID.matcher(header);
        return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    }

    /** A stable id for a mail without Message-ID, so that a redelivery is still recognised as one. */
    private static String contentId(byte[] raw) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
