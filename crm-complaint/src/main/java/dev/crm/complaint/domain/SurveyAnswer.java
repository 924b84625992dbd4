package dev.crm.complaint.domain;

import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer's answer: CSAT on the five levels of 000 §3.1 (5 very satisfied … 1 very
 * dissatisfied), optionally NPS 0–10 and a comment.
 */
public record SurveyAnswer(int csat, Integer nps, String comment) {

    public static final int MAX_COMMENT = 2_000;

    /**
     * Checks raw input, naming every bad field: whole numbers only (4.5 is not a CSAT level), so
     * the caller may pass what JSON gave it.
     *
     * @throws InvalidInputException naming {@code csat}, {@code nps} or {@code comment}
     */
    public static SurveyAnswer of(BigDecimal csat, BigDecimal nps, String comment) {
        List<FieldViolation> violations = new ArrayList<>();
        Integer checkedCsat = null;
        if (csat == null) {
            violations.add(new FieldViolation("csat", "is required: 1 (very dissatisfied) to 5 (very satisfied)"));
        } else {
            checkedCsat = wholeBetween(csat, 1, 5, "csat", "must be a whole number from 1 (very dissatisfied) "
                    + "to 5 (very satisfied)", violations);
        }
        Integer checkedNps = nps == null ? null
                : wholeBetween(nps, 0, 10, "nps", "must be a whole number from 0 to 10", violations);
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > MAX_COMMENT) {
            violations.add(new FieldViolation("comment", "must be at most " + MAX_COMMENT + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new SurveyAnswer(checkedCsat, checkedNps, text);
    }

    /**
     * 4–5 satisfied, 3 partially (neither satisfied nor dissatisfied: it does not count towards
     * the satisfied share of DOMAIN.md §1.7), 1–2 dissatisfied.
     */
    public FollowUpOutcome.Result result() {
        if (csat >= 4) {
            return FollowUpOutcome.Result.SATISFIED;
        }
        return csat == 3 ? FollowUpOutcome.Result.PARTIALLY_SATISFIED : FollowUpOutcome.Result.DISSATISFIED;
    }

    public boolean isDissatisfied() {
        return result() == FollowUpOutcome.Result.DISSATISFIED;
    }

    /** How the answer reads on the complaint's timeline; the comment stays on the survey. */
    public String summary() {
        return "CSAT " + csat + "/5" + (nps == null ? "" : ", NPS " + nps);
    }

    private static Integer wholeBetween(BigDecimal value, int min, int max, String field, String message,
                                        List<FieldViolation> violations) {
        BigDecimal whole = value.stripTrailingZeros();
        if (whole.scale() > 0 || value.compareTo(BigDecimal.valueOf(min)) < 0
                || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            violations.add(new FieldViolation(field, message));
            return null;
        }
        return value.intValueExact();
    }
}
