package dev.crm.customer.domain;

import dev.crm.core.api.FieldViolation;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * An order as a caller or an import row describes it, before it is recorded. {@link #check}
 * lists every problem at once, each naming its field, so a bad row reports all its faults.
 */
public record OrderDraft(String customerRef, String orderRef, Instant orderedAt, BigDecimal amount, String currency,
                         BigDecimal margin, String productCategory, String channel) {

    public static final int MAX_REF = 100;
    /** Clocks of source systems drift; an order a few minutes "in the future" is still believable. */
    private static final long FUTURE_TOLERANCE_SECONDS = 300;

    /** The faults of this draft as of {@code now}; empty when it can be recorded. */
    public List<FieldViolation> check(Instant now) {
        List<FieldViolation> faults = new ArrayList<>();
        if (orderRef == null || orderRef.isBlank()) {
            faults.add(new FieldViolation("orderRef", "must not be blank"));
        } else if (orderRef.length() > MAX_REF) {
            faults.add(new FieldViolation("orderRef", "at most " + MAX_REF + " characters"));
        }
        if (customerRef != null && customerRef.length() > MAX_REF) {
            faults.add(new FieldViolation("customerRef", "at most " + MAX_REF + " characters"));
        }
        if (orderedAt == null) {
            faults.add(new FieldViolation("orderedAt", "must not be empty"));
        } else if (orderedAt.isAfter(now.plusSeconds(FUTURE_TOLERANCE_SECONDS))) {
            faults.add(new FieldViolation("orderedAt", "must not be in the future"));
        }
        if (amount == null) {
            faults.add(new FieldViolation("amount", "must not be empty"));
        } else if (amount.signum() < 0) {
            faults.add(new FieldViolation("amount", "must not be negative"));
        }
        if (currency == null || currency.isBlank()) {
            faults.add(new FieldViolation("currency", "must not be empty"));
        } else if (!isKnownCurrency(currency)) {
            faults.add(new FieldViolation("currency", "unknown currency code " + currency));
        }
        if (margin != null && amount != null && margin.compareTo(amount) > 0) {
            faults.add(new FieldViolation("margin", "must not exceed the amount"));
        }
        if (productCategory != null && productCategory.length() > MAX_REF) {
            faults.add(new FieldViolation("productCategory", "at most " + MAX_REF + " characters"));
        }
        if (channel != null && channel.length() > 50) {
            faults.add(new FieldViolation("channel", "at most 50 characters"));
        }
        return faults;
    }

    public static boolean isKnownCurrency(String code) {
        if (code.length() != 3) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    /**
     * A time as source systems write it: an instant ({@code 2026-06-30T09:15:00Z}), a time
     * with offset, a local date-time or a bare date — the last two in the business time zone.
     *
     * @throws DateTimeException when the text is none of these
     */
    public static Instant parseTime(String text, ZoneId businessZone) {
        String value = text.strip();
        if (value.length() == 10) {
            return LocalDate.parse(value).atStartOfDay(businessZone).toInstant();
        }
        if (value.endsWith("Z") || value.matches(".*[+-]\\d{2}:?\\d{2}$")) {
            return OffsetDateTime.parse(value).toInstant();
        }
        return LocalDateTime.parse(value).atZone(businessZone).toInstant();
    }
}
