package dev.crm.customer.domain.clv;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The sufficient statistics of one customer's purchases for the BG/NBD and Gamma-Gamma models,
 * in the published (Fader, Hardie &amp; Lee) convention.
 *
 * @param frequency       x: number of repeat purchase days (purchase days after the first one)
 * @param recency         t_x: time from the first to the last purchase day, in model time units
 * @param age             T: time from the first purchase day to the end of observation, in model
 *                        time units; strictly positive
 * @param meanRepeatSpend mean amount of the repeat purchase days; 0 when {@code frequency == 0}
 */
public record PurchaseHistory(double frequency, double recency, double age, double meanRepeatSpend) {

    public PurchaseHistory {
        if (!Double.isFinite(frequency) || frequency < 0) {
            throw new IllegalArgumentException("frequency must be finite and >= 0: " + frequency);
        }
        if (!Double.isFinite(age) || age <= 0) {
            throw new IllegalArgumentException("age T must be finite and > 0: " + age);
        }
        if (!Double.isFinite(recency) || recency < 0 || recency > age) {
            throw new IllegalArgumentException(
                    "recency must lie in [0, T]: recency=" + recency + ", T=" + age);
        }
        if (frequency == 0 && recency != 0) {
            throw new IllegalArgumentException("a customer without repeat purchases has recency 0: " + recency);
        }
        if (!Double.isFinite(meanRepeatSpend) || meanRepeatSpend < 0) {
            throw new IllegalArgumentException("meanRepeatSpend must be finite and >= 0: " + meanRepeatSpend);
        }
        if (frequency == 0 && meanRepeatSpend != 0) {
            throw new IllegalArgumentException(
                    "a customer without repeat purchases has meanRepeatSpend 0: " + meanRepeatSpend);
        }
    }

    /** A history without spend information, for the purchase-count model only. */
    public static PurchaseHistory of(double frequency, double recency, double age) {
        return new PurchaseHistory(frequency, recency, age, 0);
    }

    /**
     * Summarises a customer's purchases as of a date.
     *
     * <p>Purchases must already be aggregated per calendar day (several orders on one day are one
     * purchase in these models). Only days on or before {@code asOf} count. The first purchase
     * day starts the customer's clock and is not a repeat purchase, so its amount does not enter
     * {@code meanRepeatSpend} (the Gamma-Gamma model describes repeat spend).
     *
     * @return empty when there is no purchase day on or before {@code asOf}, or when the first
     *     purchase day is {@code asOf} itself (T = 0 carries no information and the likelihood is
     *     not defined for it); callers skip such customers
     */
    public static Optional<PurchaseHistory> summarise(
            SortedMap<LocalDate, BigDecimal> amountPerPurchaseDay, LocalDate asOf, ModelTimeUnit unit) {
        SortedMap<LocalDate, BigDecimal> observed = amountPerPurchaseDay.headMap(asOf.plusDays(1));
        if (observed.isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = observed.firstKey();
        long ageDays = ChronoUnit.DAYS.between(first, asOf);
        if (ageDays == 0) {
            return Optional.empty();
        }
        long recencyDays = ChronoUnit.DAYS.between(first, observed.lastKey());
        int repeatDays = observed.size() - 1;
        double meanRepeatSpend = 0;
        if (repeatDays > 0) {
            BigDecimal repeatTotal = observed.tailMap(first.plusDays(1)).values().stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            meanRepeatSpend = repeatTotal.divide(BigDecimal.valueOf(repeatDays), MathContext.DECIMAL64)
                    .doubleValue();
        }
        double days = unit.daysPerUnit();
        return Optional.of(new PurchaseHistory(repeatDays, recencyDays / days, ageDays / days, meanRepeatSpend));
    }
}
