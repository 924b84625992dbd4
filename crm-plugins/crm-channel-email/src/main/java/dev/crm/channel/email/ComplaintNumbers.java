package dev.crm.channel.email;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds complaint numbers such as {@code C-2026-000123} in what a customer wrote. */
final class ComplaintNumbers {

    // Not part of a longer token: "XC-2026-000123" or "C-2026-0001234" are something else.
    private static final Pattern COMPLAINT_NUMBER = Pattern.compile("(?<![A-Za-z0-9-])C-\\d{4}-\\d{6}(?!\\d)");

    private ComplaintNumbers() {
    }

    /** Every distinct number, in the order it first appears. */
    static List<String> findIn(String... texts) {
        Set<String> found = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                Matcher matcher = COMPLAINT_NUMBER.matcher(text);
                while (matcher.find()) {
                    found.add(matcher.group());
                }
            }
        }
        return new ArrayList<>(found);
    }
}
