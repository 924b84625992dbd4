package dev.crm.customer.api;

import java.time.Instant;
import java.util.List;

/**
 * How much buying happened in a time interval, for other modules' rates: complaints per 1,000
 * active customers and per 1,000 orders (DOMAIN.md §1.11). An active customer is one with at least
 * one order in the interval; intervals are half-open, {@code [from, to)}.
 */
public interface CustomerActivity {

    /** Customers with at least one order in {@code [from, to)}. */
    default long activeCustomers(Instant from, Instant to) {
        return perInterval(List.of(from, to)).get(0).activeCustomers();
    }

    /** Orders placed in {@code [from, to)}. */
    default long orders(Instant from, Instant to) {
        return perInterval(List.of(from, to)).get(0).orders();
    }

    /**
     * Both figures for each consecutive interval {@code [boundaries[i], boundaries[i + 1])}, in one
     * pass over the orders, so a year by day costs one query rather than 366.
     *
     * @param boundaries at least two instants, strictly increasing
     */
    List<Activity> perInterval(List<Instant> boundaries);

    record Activity(Instant from, Instant to, long activeCustomers, long orders) {
    }
}
