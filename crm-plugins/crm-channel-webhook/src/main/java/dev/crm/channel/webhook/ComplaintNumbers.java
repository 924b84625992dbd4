package dev.crm.channel.webhook;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Complaint numbers such as {@code C-2026-000123} in a customer's text, so the reply lands on its complaint. */
final class ComplaintNumbers {

    // Case-insensitive: on a phone keyboard "c-2026-000123" is as likely as the printed form.
    private static final Pattern NUMBER =
            Pattern.compile("(?<![A-Za-z0-9-])C-\\d{4}-\\d{6}(?![0-9])", Pattern.CASE_INSENSITIVE);

    private static final Pattern WHOLE = Pattern.compile("C-\\d{4}-\\d{6}", Pattern.CASE_INSENSITIVE);

    private ComplaintNumbers() {
    }

    /** The numbers in {@code text}, upper-cased, each once, in the order they appear. */
    static List<String> in(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group().toUpperCase(Locale.ROOT));
        }
        return List.copyOf(found);
    }

    /** Whether {@code candidate} is exactly one complaint number, in either case. */
    static boolean isOne(String candidate) {
        return WHOLE.matcher(candidate).matches();
    }
}
