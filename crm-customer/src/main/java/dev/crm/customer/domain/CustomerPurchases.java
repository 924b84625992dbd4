package dev.crm.customer.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One customer's orders folded into what the value models need: order count, spend, margin
 * (recorded, or estimated from the margin rate), and spend per calendar purchase day. Kept
 * compact (primitive arrays) because a scoring run holds one per customer.
 */
public final class CustomerPurchases {

    private int orders;
    private BigDecimal spend = BigDecimal.ZERO;
    private BigDecimal margin = BigDecimal.ZERO;
    private long[] days = new long[2];
    private double[] dayAmounts = new double[2];
    private int distinctDays;

    /** Adds one order; {@code recordedMargin} null means "estimate it as amount × marginRate". */
    public void add(LocalDate day, BigDecimal amount, BigDecimal recordedMargin, BigDecimal marginRate) {
        orders++;
        spend = spend.add(amount);
        margin = margin.add(recordedMargin != null ? recordedMargin : amount.multiply(marginRate));
        long epochDay = day.toEpochDay();
        int at = Arrays.binarySearch(days, 0, distinctDays, epochDay);
        if (at >= 0) {
            dayAmounts[at] += amount.doubleValue();
            return;
        }
        int insertion = -at - 1;
        if (distinctDays == days.length) {
            days = Arrays.copyOf(days, distinctDays * 2);
            dayAmounts = Arrays.copyOf(dayAmounts, distinctDays * 2);
        }
        System.arraycopy(days, insertion, days, insertion + 1, distinctDays - insertion);
        System.arraycopy(dayAmounts, insertion, dayAmounts, insertion + 1, distinctDays - insertion);
        days[insertion] = epochDay;
        dayAmounts[insertion] = amount.doubleValue();
        distinctDays++;
    }

    public int orders() {
        return orders;
    }

    public BigDecimal spend() {
        return spend;
    }

    /** Historic CLV: the margin earned so far. */
    public BigDecimal margin() {
        return margin;
    }

    public int purchaseDays() {
        return distinctDays;
    }

    public LocalDate firstPurchaseDay() {
        return distinctDays == 0 ? null : LocalDate.ofEpochDay(days[0]);
    }

    public LocalDate lastPurchaseDay() {
        return distinctDays == 0 ? null : LocalDate.ofEpochDay(days[distinctDays - 1]);
    }

    /** Spend per purchase day, oldest first: the input of {@code PurchaseHistory.summarise}. */
    public SortedMap<LocalDate, BigDecimal> amountPerPurchaseDay() {
        SortedMap<LocalDate, BigDecimal> perDay = new TreeMap<>();
        for (int i = 0; i < distinctDays; i++) {
            perDay.put(LocalDate.ofEpochDay(days[i]), BigDecimal.valueOf(dayAmounts[i]));
        }
        return perDay;
    }
}
