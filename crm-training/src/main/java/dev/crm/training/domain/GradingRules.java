package dev.crm.training.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How closed answers earn points, and how an attempt's points become a score.
 *
 * <p>Single choice and true/false: all points for the correct option, none otherwise. Multiple
 * choice earns partial credit, <em>right minus wrong</em>: each correct option chosen earns
 * {@code points / #correct}, each wrong option chosen costs as much, and the question never goes
 * below zero — so ticking every box earns nothing, and a partly right answer earns part.
 */
public final class GradingRules {

    public static final int SCALE = 2;

    private GradingRules() {
    }

    /** The points of a closed answer; an unanswered question earns none. */
    public static BigDecimal pointsFor(Question question, AttemptAnswer answer) {
        if (!question.kind().isClosed()) {
            throw new IllegalArgumentException("open questions are graded by a reviewer");
        }
        BigDecimal full = BigDecimal.valueOf(question.points()).setScale(SCALE);
        BigDecimal none = BigDecimal.ZERO.setScale(SCALE);
        if (answer == null || answer.selectedOptionIds().isEmpty()) {
            return none;
        }
        Set<String> chosen = new HashSet<>(answer.selectedOptionIds());
        Set<String> correct = question.correctOptionIds();
        if (question.kind() != QuestionKind.MULTIPLE_CHOICE) {
            return chosen.equals(correct) ? full : none;
        }
        long right = chosen.stream().filter(correct::contains).count();
        long wrong = chosen.size() - right;
        long net = Math.max(0, right - wrong);
        return full.multiply(BigDecimal.valueOf(net)).divide(BigDecimal.valueOf(correct.size()), SCALE,
                RoundingMode.HALF_UP);
    }

    /** The sum of the items' points (ungraded ones count nothing). */
    public static BigDecimal total(List<AttemptItem> items) {
        return items.stream().map(AttemptItem::points).filter(p -> p != null)
                .reduce(BigDecimal.ZERO.setScale(SCALE), BigDecimal::add);
    }

    public static int maxPoints(List<AttemptItem> items) {
        return items.stream().mapToInt(item -> item.question().points()).sum();
    }

    /** The score in percent, two decimals, for showing; pass/fail compares exactly ({@link Assessment#passes}). */
    public static BigDecimal percent(BigDecimal points, int maxPoints) {
        if (maxPoints == 0) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        return points.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(maxPoints), SCALE,
                RoundingMode.HALF_UP);
    }
}
