package dev.crm.customer.domain;

import dev.crm.core.api.FieldViolation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One test of a rule-based segment: {@code field operator value(s)}, e.g. {@code tier IN [A, B]}
 * or {@code probabilityAlive LTE 0.3}. Text compares case-insensitively (stored lower-case for
 * tags, as typed for region and industry — compared exactly).
 */
public record SegmentCondition(String field, Operator operator, List<String> values) {

    public enum Operator {
        EQ, NE, IN, GTE, LTE
    }

    public SegmentField segmentField() {
        return SegmentField.byApiName(field).orElseThrow();
    }

    /** This condition's faults, fields named {@code prefix.field}, {@code prefix.values}. */
    public List<FieldViolation> check(String prefix) {
        List<FieldViolation> faults = new ArrayList<>();
        var known = SegmentField.byApiName(field);
        if (known.isEmpty()) {
            faults.add(new FieldViolation(prefix + ".field", "unknown field " + field));
            return faults;
        }
        if (operator == null) {
            faults.add(new FieldViolation(prefix + ".operator", "must be EQ, NE, IN, GTE or LTE"));
            return faults;
        }
        SegmentField segmentField = known.get();
        if (values == null || values.isEmpty() || values.stream().anyMatch(v -> v == null || v.isBlank())) {
            faults.add(new FieldViolation(prefix + ".values", "must hold at least one non-blank value"));
            return faults;
        }
        if (operator != Operator.IN && values.size() != 1) {
            faults.add(new FieldViolation(prefix + ".values", operator + " takes exactly one value"));
        }
        boolean numeric = segmentField.type() == SegmentField.Type.NUMBER
                || segmentField.type() == SegmentField.Type.MONEY;
        if ((operator == Operator.GTE || operator == Operator.LTE) && !numeric) {
            faults.add(new FieldViolation(prefix + ".operator", operator + " needs a numeric field, not " + field));
        }
        for (String value : values) {
            if (numeric && !isNumber(value)) {
                faults.add(new FieldViolation(prefix + ".values", "not a number: " + value));
            } else if (segmentField.type() == SegmentField.Type.CHOICE
                    && !segmentField.allows(value.strip().toUpperCase(Locale.ROOT))) {
                faults.add(new FieldViolation(prefix + ".values", value + " is not a " + field));
            }
        }
        return faults;
    }

    /** The values as stored: numbers as numbers, choices upper-case, tags lower-case. */
    public List<Object> storedValues() {
        SegmentField segmentField = segmentField();
        return values.stream().<Object>map(value -> switch (segmentField.type()) {
            case NUMBER -> Double.parseDouble(value.strip());
            case MONEY -> new BigDecimal(value.strip());
            case CHOICE -> value.strip().toUpperCase(Locale.ROOT);
            case TEXT -> segmentField == SegmentField.TAG ? value.strip().toLowerCase(Locale.ROOT) : value.strip();
        }).toList();
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value.strip());
            return true;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }
}
