package dev.crm.customer.domain;

import dev.crm.core.api.FieldViolation;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The order import file: {@code customerRef,orderRef,orderedAt,amount,currency[,margin,
 * productCategory,channel]}, comma-separated, with a header naming the columns in that order
 * (the optional ones may be left out from the right). Fields may be quoted RFC 4180 style
 * ({@code "ACME, Inc."}, {@code ""} for a quote); a quoted field cannot span lines.
 */
public final class OrderCsvFormat {

    public static final List<String> COLUMNS = List.of("customerRef", "orderRef", "orderedAt", "amount", "currency",
            "margin", "productCategory", "channel");
    public static final int REQUIRED_COLUMNS = 5;

    private final int columns;
    private final ZoneId businessZone;

    private OrderCsvFormat(int columns, ZoneId businessZone) {
        this.columns = columns;
        this.businessZone = businessZone;
    }

    /**
     * Reads the header line.
     *
     * @throws IllegalArgumentException naming what is wrong with the header
     */
    public static OrderCsvFormat fromHeader(String header, ZoneId businessZone) {
        if (header == null) {
            throw new IllegalArgumentException("the file is empty; expected the header "
                    + String.join(",", COLUMNS));
        }
        List<String> names = split(stripByteOrderMark(header));
        if (names == null || names.size() < REQUIRED_COLUMNS || names.size() > COLUMNS.size()) {
            throw new IllegalArgumentException("expected the header " + String.join(",", COLUMNS.subList(0,
                    REQUIRED_COLUMNS)) + "[," + String.join(",", COLUMNS.subList(REQUIRED_COLUMNS, COLUMNS.size()))
                    + "] but got " + header.strip());
        }
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).strip().equalsIgnoreCase(COLUMNS.get(i))) {
                throw new IllegalArgumentException("column " + (i + 1) + " must be " + COLUMNS.get(i) + " but is "
                        + names.get(i).strip());
            }
        }
        return new OrderCsvFormat(names.size(), businessZone);
    }

    /** A data row as a draft, or its faults. */
    public ParsedRow parse(String line, Instant now) {
        List<String> fields = split(line);
        if (fields == null) {
            return ParsedRow.faulty(List.of(new FieldViolation("row", "unbalanced quotes")));
        }
        if (fields.size() != columns) {
            return ParsedRow.faulty(List.of(new FieldViolation("row", "expected " + columns + " fields but found "
                    + fields.size())));
        }
        List<FieldViolation> faults = new ArrayList<>();
        String customerRef = blankToNull(fields.get(0));
        if (customerRef == null) {
            faults.add(new FieldViolation("customerRef", "must not be blank"));
        }
        Instant orderedAt = null;
        String time = blankToNull(fields.get(2));
        if (time != null) {
            try {
                orderedAt = OrderDraft.parseTime(time, businessZone);
            } catch (DateTimeException notADate) {
                faults.add(new FieldViolation("orderedAt", "not a date or time: " + time));
            }
        }
        BigDecimal amount = decimal(fields.get(3), "amount", faults);
        String currency = blankToNull(fields.get(4));
        BigDecimal margin = columns > 5 ? decimal(fields.get(5), "margin", faults) : null;
        OrderDraft draft = new OrderDraft(customerRef, blankToNull(fields.get(1)), orderedAt, amount,
                currency == null ? null : currency.toUpperCase(Locale.ROOT), margin,
                columns > 6 ? blankToNull(fields.get(6)) : null, columns > 7 ? blankToNull(fields.get(7)) : null);
        List<FieldViolation> checked = draft.check(now);
        for (FieldViolation fault : checked) {
            // A field that failed to parse is reported once, as unparseable, not again as "empty".
            if (faults.stream().noneMatch(f -> f.field().equals(fault.field()))) {
                faults.add(fault);
            }
        }
        return faults.isEmpty() ? ParsedRow.of(draft) : ParsedRow.faulty(faults);
    }

    private static BigDecimal decimal(String text, String field, List<FieldViolation> faults) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException notANumber) {
            faults.add(new FieldViolation(field, "not a number: " + value));
            return null;
        }
    }

    /** The fields of one line, or null when a quote is left open. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }

    private static String stripByteOrderMark(String header) {
        return header.startsWith("\uFEFF") ? header.substring(1) : header;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** One data row: a draft, or the reasons it is not one. */
    public record ParsedRow(OrderDraft draft, List<FieldViolation> faults) {

        static ParsedRow of(OrderDraft draft) {
            return new ParsedRow(draft, List.of());
        }

        static ParsedRow faulty(List<FieldViolation> faults) {
            return new ParsedRow(null, List.copyOf(faults));
        }

        public boolean isValid() {
            return draft != null;
        }
    }
}
