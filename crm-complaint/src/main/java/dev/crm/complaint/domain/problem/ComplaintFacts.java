package dev.crm.complaint.domain.problem;

import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;

/**
 * What detection needs to know of a complaint: its number, who complained ({@code customer:<id>},
 * or {@code contact:<hint>} when the customer is unknown), when it was received, and its current
 * problem link and repeat mark.
 */
public record ComplaintFacts(String number, String customerKey, Instant receivedAt, String problemId,
                             String repeatOf) {

    /** Receipt order; numbers break ties, so the order is total. */
    public static final Comparator<ComplaintFacts> CHRONOLOGICAL = Comparator.comparing(ComplaintFacts::receivedAt)
            .thenComparing(ComplaintFacts::number);

    public static String customerKey(String customerId, String contactHint) {
        if (customerId != null && !customerId.isBlank()) {
            return "customer:" + customerId.strip();
        }
        return contactHint == null || contactHint.isBlank() ? null
                : "contact:" + contactHint.strip().toLowerCase(Locale.ROOT);
    }

    boolean isBefore(ComplaintFacts other) {
        return CHRONOLOGICAL.compare(this, other) < 0;
    }
}
