package dev.crm.channel.email;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Between plain text and HTML: the HTML part of outbound mail, the text of HTML-only inbound mail. */
final class HtmlText {

    private static final Pattern BLANK_LINE = Pattern.compile("\\R[ \\t]*\\R\\s*");
    private static final Pattern INVISIBLE = Pattern.compile("(?is)<(script|style|head|title)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern LINE_BREAK = Pattern.compile("(?i)<br\\s*/?>|</(p|div|li|tr|h[1-6]|blockquote|pre|table)\\s*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);");
    private static final Pattern EXTRA_BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Map<String, String> NAMED_ENTITIES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ");

    private HtmlText() {
    }

    /** The text as HTML paragraphs: a blank line starts a paragraph, a single line break stays one. */
    static String paragraphsOf(String text) {
        String paragraphs = Arrays.stream(BLANK_LINE.split(text.strip()))
                .filter(paragraph -> !paragraph.isBlank())
                .map(paragraph -> "<p>" + escape(paragraph.strip()).replaceAll("\\R", "<br>\n") + "</p>")
                .collect(Collectors.joining("\n"));
        return "<html><body>\n" + paragraphs + "\n</body></html>";
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append((char) c);
            }
        });
        return escaped.toString();
    }

    /** Readable text of an HTML body; good enough for a complaint, not a renderer. */
    static String toPlainText(String html) {
        String text = INVISIBLE.matcher(html).replaceAll("");
        text = LINE_BREAK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        text = decodeEntities(text).replace('\u00a0', ' ');
        String lines = text.lines().map(String::strip).collect(Collectors.joining("\n"));
        return EXTRA_BLANK_LINES.matcher(lines).replaceAll("\n\n").strip();
    }

    private static String decodeEntities(String text) {
        Matcher matcher = ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(decoded, Matcher.quoteReplacement(decode(matcher.group(1), matcher.group())));
        }
        matcher.appendTail(decoded);
        return decoded.toString();
    }

    private static String decode(String entity, String original) {
        if (entity.charAt(0) != '#') {
            return NAMED_ENTITIES.getOrDefault(entity.toLowerCase(Locale.ROOT), original);
        }
        boolean hex = entity.length() > 1 && (entity.charAt(1) == 'x' || entity.charAt(1) == 'X');
        int codePoint = Integer.parseInt(entity.substring(hex ? 2 : 1), hex ? 16 : 10);
        return Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : original;
    }
}
