package dev.crm.complaint.domain.problem;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The two windows an effectiveness check compares: one before the measures took effect, one after.
 * By default both are {@code window} long and meet at the moment the measures took effect; staff may
 * name other windows, as long as "before" ends by then and "after" starts then or later and is over.
 */
public record EffectivenessWindows(MeasurementWindow before, MeasurementWindow after) {

    public static EffectivenessWindows resolve(Instant effectiveFrom, Duration window, MeasurementWindow before,
                                               MeasurementWindow after, Instant now) {
        List<FieldViolation> violations = new ArrayList<>();
        if (before != null) {
            check(before, "before", violations);
            if (before.to() != null && before.to().isAfter(effectiveFrom)) {
                violations.add(new FieldViolation("before.to", "must not be after the measures took effect ("
                        + effectiveFrom + ")"));
            }
        }
        if (after != null) {
            check(after, "after", violations);
            if (after.from() != null && after.from().isBefore(effectiveFrom)) {
                violations.add(new FieldViolation("after.from", "must not be before the measures took effect ("
                        + effectiveFrom + ")"));
            }
            if (after.to() != null && after.to().isAfter(now)) {
                violations.add(new FieldViolation("after.to", "must not be in the future"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        MeasurementWindow resolvedBefore = before != null ? before
                : new MeasurementWindow(effectiveFrom.minus(window), effectiveFrom);
        MeasurementWindow resolvedAfter = after != null ? after
                : new MeasurementWindow(effectiveFrom, effectiveFrom.plus(window));
        if (resolvedAfter.to().isAfter(now)) {
            throw new BusinessRuleViolationException("The after window ends at " + resolvedAfter.to()
                    + ": measure then, or name a shorter window",
                    List.of(new FieldViolation("after.to", "the window is not over yet")));
        }
        return new EffectivenessWindows(resolvedBefore, resolvedAfter);
    }

    private static void check(MeasurementWindow window, String name, List<FieldViolation> violations) {
        if (window.from() == null) {
            violations.add(new FieldViolation(name + ".from", "is required"));
        }
        if (window.to() == null) {
            violations.add(new FieldViolation(name + ".to", "is required"));
        }
        if (window.from() != null && window.to() != null && !window.from().isBefore(window.to())) {
            violations.add(new FieldViolation(name + ".to", "must be after " + name + ".from"));
        }
    }
}
