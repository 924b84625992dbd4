package dev.crm.channel.email;

import dev.crm.plugin.api.Attachment;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a MIME message holds: its first plain-text and HTML bodies, and the files attached to it.
 *
 * @param plainText the first text/plain body, or {@code null}
 * @param html      the first text/html body, or {@code null}
 */
record MailContents(String plainText, String html, List<Attachment> attachments) {

    static MailContents of(Part message) throws MessagingException, IOException {
        Collector collector = new Collector();
        collector.visit(message);
        return new MailContents(collector.plainText, collector.html, List.copyOf(collector.attachments));
    }

    /** The text to show: the plain body, or the HTML body as text when the sender sent only HTML. */
    String text() {
        if (plainText != null) {
            return plainText;
        }
        return html == null ? "" : HtmlText.toPlainText(html);
    }

    private static final class Collector {
        private String plainText;
        private String html;
        private final List<Attachment> attachments = new ArrayList<>();

        void visit(Part part) throws MessagingException, IOException {
            String fileName = fileNameOf(part);
            if (fileName != null) {
                attachments.add(new Attachment(fileName, baseType(part), decodedSize(part), null));
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    visit(multipart.getBodyPart(i));
                }
            } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                // An attachment without a name is not a body either, and cannot be listed.
                return;
            } else if (part.isMimeType("text/plain") && plainText == null) {
                plainText = textOf(part);
            } else if (part.isMimeType("text/html") && html == null) {
                html = textOf(part);
            }
        }

        private static String fileNameOf(Part part) throws MessagingException {
            String name = part.getFileName();
            if (name == null || name.isBlank()) {
                return null;
            }
            // Angus decodes RFC 2231 names itself; RFC 2047 ones (common from older clients) only
            // with a JVM-wide system property, so decode them here.
            try {
                return MimeUtility.decodeText(name).strip();
            } catch (UnsupportedEncodingException e) {
                return name.strip();
            }
        }

        /** The media type without parameters, or null when the part does not say or says nonsense. */
        private static String baseType(Part part) {
            try {
                String contentType = part.getContentType();
                return contentType == null ? null : new ContentType(contentType).getBaseType().toLowerCase(Locale.ROOT);
            } catch (MessagingException e) {
                return null;
            }
        }

        private static long decodedSize(Part part) throws MessagingException, IOException {
            try (InputStream content = part.getInputStream()) {
                return content.transferTo(OutputStream.nullOutputStream());
            }
        }

        private static String textOf(Part part) throws MessagingException, IOException {
            try {
                Object content = part.getContent();
                if (content instanceof String text) {
                    return text;
                }
            } catch (UnsupportedEncodingException e) {
                // an unknown charset: read the bytes as UTF-8 below rather than lose the text
            }
            try (InputStream content = part.getInputStream()) {
                return new String(content.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
