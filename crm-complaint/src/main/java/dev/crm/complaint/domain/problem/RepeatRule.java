package dev.crm.complaint.domain.problem;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;

/**
 * A repeat complaint (DOMAIN.md §1.8): the same customer complains of the same type again within
 * the repeat window. The complaint repeats the latest earlier one in the window. Types are known
 * only after assessment, which need not follow receipt order: when an earlier complaint gets its type
 * after a later one, the later one (if not yet marked) becomes a repeat of it.
 */
public final class RepeatRule {

    private RepeatRule() {
    }

    /**
     * @param predecessor the complaint the subject repeats, if any
     * @param successor   a later complaint not yet marked that now repeats the subject, if any
     */
    public record Finding(Optional<ComplaintFacts> predecessor, Optional<ComplaintFacts> successor) {

        public boolean isEmpty() {
            return predecessor.isEmpty() && successor.isEmpty();
        }
    }

    /**
     * @param sameCustomerAndType complaints of the subject's customer and type (the subject itself is ignored)
     * @param window              how far apart two receipts may be; exactly the window apart still counts
     */
    public static Finding find(ComplaintFacts subject, Collection<ComplaintFacts> sameCustomerAndType,
                               Duration window) {
        Optional<ComplaintFacts> predecessor = sameCustomerAndType.stream()
                .filter(other -> other.isBefore(subject))
                .filter(other -> !other.receivedAt().isBefore(subject.receivedAt().minus(window)))
                .max(ComplaintFacts.CHRONOLOGICAL);
        Optional<ComplaintFacts> successor = sameCustomerAndType.stream()
                .filter(subject::isBefore)
                .filter(other -> !other.receivedAt().isAfter(subject.receivedAt().plus(window)))
                .min(ComplaintFacts.CHRONOLOGICAL)
                .filter(other -> other.repeatOf() == null);
        return new Finding(predecessor, successor);
    }
}
