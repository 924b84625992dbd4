package dev.crm.channel.email;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes the earlier conversation a reply quotes, so the complaint gets what the customer wrote
 * now and not, again, the whole thread.
 */
final class QuotedHistory {

    // "On Mon, 2 Mar 2026 at 10:00, CRM Support <support@example.com> wrote:", as mail clients write it.
    private static final Pattern ATTRIBUTION = Pattern.compile("(?i)On\\s.+\\swrote:");
    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile("(?i)-{2,}\\s*Original Message\\s*-{2,}");
    private static final int MAX_WRAPPED_ATTRIBUTION = 300;

    private QuotedHistory() {
    }

    static String strip(String text) {
        List<String> lines = text.lines().toList();
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (startsHistory(line, i + 1 < lines.size() ? lines.get(i + 1).strip() : null)) {
                break;
            }
            if (!line.startsWith(">")) {
                kept.append(lines.get(i).stripTrailing()).append('\n');
            }
        }
        return kept.toString().strip();
    }

    /** Everything from an attribution line on is history; clients wrap long ones onto a second line. */
    private static boolean startsHistory(String line, String next) {
        if (ATTRIBUTION.matcher(line).matches() || ORIGINAL_MESSAGE.matcher(line).matches()) {
            return true;
        }
        return next != null && line.startsWith("On ") && next.endsWith("wrote:")
                && line.length() + next.length() < MAX_WRAPPED_ATTRIBUTION
                && ATTRIBUTION.matcher(line + " " + next).matches();
    }
}
