package dev.crm.complaint.domain.problem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Batch complaints (DOMAIN.md §1.8): at least {@code threshold} different customers complain of the
 * same type about the same product within one window. The window slides: the subject is in a batch
 * when some window of that length containing it holds enough customers, whichever order the
 * complaints were received or assessed in.
 */
public final class BatchRule {

    private BatchRule() {
    }

    /**
     * @param candidates complaints of the subject's type and product received within a window of it
     *                   (the subject may be among them)
     * @return the complaints of the window with the most customers, or empty when no window reaches
     *         the threshold
     */
    public static List<ComplaintFacts> find(ComplaintFacts subject, Collection<ComplaintFacts> candidates,
                                            Duration window, int threshold) {
        List<ComplaintFacts> sorted = new ArrayList<>(candidates.stream()
                .filter(candidate -> !candidate.number().equals(subject.number())).toList());
        sorted.add(subject);
        sorted.sort(ComplaintFacts.CHRONOLOGICAL);
        List<ComplaintFacts> best = List.of();
        int bestCustomers = 0;
        for (ComplaintFacts start : sorted) {
            if (subject.isBefore(start)) {
                break;
            }
            if (start.receivedAt().isBefore(subject.receivedAt().minus(window))) {
                continue;
            }
            List<ComplaintFacts> members = sorted.stream().filter(c -> !c.isBefore(start))
                    .filter(c -> !c.receivedAt().isAfter(start.receivedAt().plus(window))).toList();
            int customers = customers(members);
            if (customers > bestCustomers) {
                best = members;
                bestCustomers = customers;
            }
        }
        return bestCustomers >= threshold ? best : List.of();
    }

    static int customers(List<ComplaintFacts> complaints) {
        Set<String> customers = new HashSet<>();
        complaints.stream().map(ComplaintFacts::customerKey).filter(Objects::nonNull).forEach(customers::add);
        return customers.size();
    }
}
