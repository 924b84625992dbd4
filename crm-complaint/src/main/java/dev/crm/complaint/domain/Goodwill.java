package dev.crm.complaint.domain;

import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A remedy offered to the customer after handling (DOMAIN.md §1.7, 001 §4.3): compensation, a
 * discount, a gift, or loyalty points. Kept as data on the complaint; paying it out is outside this
 * module, except loyalty points: they are recorded as {@link Status#PENDING_LOYALTY} first (so a crash
 * cannot lose them), then credited through the loyalty module's api, and become {@link Status#GRANTED}
 * with the ledger entry that credited them.
 *
 * @param idempotencyKey the client's key: offering again under the same key is the same remedy
 * @param ledgerEntryId  the loyalty ledger entry that credited the points (GRANTED only)
 * @param creditedAt     when the points were credited (GRANTED only)
 */
public record Goodwill(String id, String idempotencyKey, Kind kind, Amount amount, BigDecimal percent, Long points,
                       String description, Status status, String grantedBy, Instant grantedAt, String ledgerEntryId,
                       Instant creditedAt) {

    public static final int MAX_KEY = 200;
    public static final int MAX_DESCRIPTION = 2_000;
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    public enum Kind { COMPENSATION, DISCOUNT, GIFT, LOYALTY_POINTS }

    /**
     * RECORDED: noted as granted; PENDING_LOYALTY: points not yet credited by the loyalty module;
     * GRANTED: points credited to the customer's account.
     */
    public enum Status { RECORDED, PENDING_LOYALTY, GRANTED }

    /** Money as stored: Decimal128 value and ISO 4217 code. */
    public record Amount(BigDecimal value, String currency) {
    }

    /**
     * Checks a remedy, naming every bad field: each kind needs its own figure (compensation an
     * amount, a discount a percentage, a gift a description, loyalty a number of points) and takes
     * no other kind's, so a remedy never reads two ways.
     *
     * @throws InvalidInputException naming the fields
     */
    public static Goodwill offer(String idempotencyKey, Kind kind, Amount amount, BigDecimal percent, Long points,
                                 String description, String by, Instant at) {
        List<FieldViolation> violations = new ArrayList<>();
        String key = idempotencyKey == null ? null : idempotencyKey.strip();
        if (key == null || key.isEmpty()) {
            violations.add(new FieldViolation(IDEMPOTENCY_KEY, "is required: a remedy moves value"));
        } else if (key.length() > MAX_KEY) {
            violations.add(new FieldViolation(IDEMPOTENCY_KEY, "must be at most " + MAX_KEY + " characters"));
        }
        String text = description == null || description.isBlank() ? null : description.strip();
        if (text != null && text.length() > MAX_DESCRIPTION) {
            violations.add(new FieldViolation("description", "must be at most " + MAX_DESCRIPTION + " characters"));
        }
        Amount checkedAmount = null;
        if (kind == null) {
            violations.add(new FieldViolation("kind", "is required: COMPENSATION, DISCOUNT, GIFT or LOYALTY_POINTS"));
        } else {
            switch (kind) {
                case COMPENSATION -> checkedAmount = amount(amount, violations);
                case DISCOUNT -> {
                    if (percent == null) {
                        violations.add(new FieldViolation("percent", "is required for a discount"));
                    } else if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0
                            || percent.stripTrailingZeros().scale() > 2) {
                        violations.add(new FieldViolation("percent",
                                "must be more than 0 and at most 100, with at most 2 decimals"));
                    }
                }
                case GIFT -> {
                    if (text == null) {
                        violations.add(new FieldViolation("description", "is required for a gift: say what it is"));
                    }
                }
                case LOYALTY_POINTS -> {
                    if (points == null) {
                        violations.add(new FieldViolation("points", "is required for loyalty points"));
                    } else if (points <= 0) {
                        violations.add(new FieldViolation("points", "must be more than 0"));
                    }
                }
            }
            if (kind != Kind.COMPENSATION && amount != null) {
                violations.add(new FieldViolation("amount", "applies only to COMPENSATION"));
            }
            if (kind != Kind.DISCOUNT && percent != null) {
                violations.add(new FieldViolation("percent", "applies only to DISCOUNT"));
            }
            if (kind != Kind.LOYALTY_POINTS && points != null) {
                violations.add(new FieldViolation("points", "applies only to LOYALTY_POINTS"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Status status = kind == Kind.LOYALTY_POINTS ? Status.PENDING_LOYALTY : Status.RECORDED;
        return new Goodwill(UUID.randomUUID().toString(), key, kind, checkedAmount,
                kind == Kind.DISCOUNT ? percent.stripTrailingZeros() : null,
                kind == Kind.LOYALTY_POINTS ? points : null, text, status, by, at, null, null);
    }

    /** The points credited by ledger entry {@code entryId}. */
    Goodwill credited(String entryId, Instant at) {
        return new Goodwill(id, idempotencyKey, kind, amount, percent, points, description, Status.GRANTED, grantedBy,
                grantedAt, entryId, at);
    }

    public boolean awaitsLoyalty() {
        return status == Status.PENDING_LOYALTY;
    }

    /** The compensation as money; empty for other kinds. */
    public Optional<Money> compensation() {
        return amount == null ? Optional.empty() : Optional.of(Money.of(amount.value(), amount.currency()));
    }

    /** Same remedy (what the customer gets), whoever offered it when. */
    public boolean sameRemedyAs(Goodwill other) {
        return kind == other.kind
                && Objects.equals(description, other.description)
                && Objects.equals(points, other.points)
                && sameNumber(percent, other.percent)
                && (amount == null ? other.amount == null : other.amount != null
                        && amount.currency().equals(other.amount.currency())
                        && sameNumber(amount.value(), other.amount.value()));
    }

    public String describe() {
        return switch (kind) {
            case COMPENSATION -> "compensation " + compensation().orElseThrow();
            case DISCOUNT -> "discount " + percent.toPlainString() + " %";
            case GIFT -> "gift";
            case LOYALTY_POINTS -> points + " loyalty points";
        } + (description == null ? "" : ": " + description);
    }

    /** Keeps kind and figures (statistics); the free text may name people and goes. */
    Goodwill anonymised() {
        return new Goodwill(id, idempotencyKey, kind, amount, percent, points,
                description == null ? null : Complaint.ANONYMISED, status, grantedBy, grantedAt, ledgerEntryId,
                creditedAt);
    }

    private static Amount amount(Amount amount, List<FieldViolation> violations) {
        if (amount == null) {
            violations.add(new FieldViolation("amount", "is required for compensation: {value, currency}"));
            return null;
        }
        Currency currency = null;
        if (amount.currency() == null || amount.currency().isBlank()) {
            violations.add(new FieldViolation("amount.currency", "is required (ISO 4217, e.g. CNY)"));
        } else {
            try {
                currency = Currency.getInstance(amount.currency().strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                violations.add(new FieldViolation("amount.currency", "is not an ISO 4217 currency code"));
            }
        }
        if (amount.value() == null) {
            violations.add(new FieldViolation("amount.value", "is required"));
        } else if (amount.value().signum() <= 0) {
            violations.add(new FieldViolation("amount.value", "must be more than 0"));
        } else if (currency != null && currency.getDefaultFractionDigits() >= 0
                && amount.value().stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
            violations.add(new FieldViolation("amount.value", "has more decimals than "
                    + currency.getCurrencyCode() + " allows (" + currency.getDefaultFractionDigits() + ")"));
        }
        return currency == null || amount.value() == null ? null
                : new Amount(amount.value(), currency.getCurrencyCode());
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
