package dev.crm.channel.sms;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;

/**
 * The JSON body the gateway expects, with {@code {{placeholders}}} that are replaced by JSON-escaped
 * values: a customer's quote or newline can neither break the document nor add fields to it.
 *
 * @param source the template text, e.g. {@code {"to":"{{to}}","text":"{{text}}"}}
 */
record BodyTemplate(String source) {

    static final String DEFAULT =
            "{\"to\":\"{{to}}\",\"from\":\"{{from}}\",\"text\":\"{{text}}\",\"reference\":\"{{messageId}}\"}";

    static final Set<String> PLACEHOLDERS = Set.of("to", "text", "from", "messageId", "templateId");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    /**
     * @throws IllegalArgumentException when the template names an unknown placeholder or does not
     *         render to JSON (a placeholder outside quotes); the message never quotes the template
     */
    BodyTemplate {
        Objects.requireNonNull(source, "source");
        Matcher placeholder = PLACEHOLDER.matcher(source);
        while (placeholder.find()) {
            if (!PLACEHOLDERS.contains(placeholder.group(1))) {
                throw new IllegalArgumentException("body-template uses an unknown placeholder {{"
                        + placeholder.group(1) + "}}; known are " + PLACEHOLDERS);
            }
        }
        // Escaped values are always valid string content, so one sample rendering proves them all.
        String sample = PLACEHOLDER.matcher(source).replaceAll("x");
        try {
            StrictJson.MAPPER.readTree(sample);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(
                    "body-template is not JSON once filled in; put each placeholder inside a JSON string");
        }
    }

    /** Fills in the placeholders in one pass, so a text that itself contains {@code {{to}}} is sent as written. */
    String render(Map<String, String> values) {
        return PLACEHOLDER.matcher(source)
                .replaceAll(match -> Matcher.quoteReplacement(escape(values.getOrDefault(match.group(1), ""))));
    }

    /** The content of a JSON string (RFC 8259 §7) holding {@code value}. */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                case '\b' -> escaped.append("\\b");
                case '\f' -> escaped.append("\\f");
                // Line separators are legal JSON but break gateways that embed the body in JavaScript.
                case '\u2028', '\u2029' -> escaped.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
