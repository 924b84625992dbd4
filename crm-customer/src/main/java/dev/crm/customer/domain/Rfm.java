package dev.crm.customer.domain;

import java.math.BigDecimal;

/**
 * Recency (days since the last order), frequency (orders), monetary (total spend) and their
 * quintile scores 1–5 among all customers with orders, 5 being best (most recent, most
 * frequent, highest spend).
 */
public record Rfm(long recencyDays, long frequency, BigDecimal monetary, int recencyScore, int frequencyScore,
                  int monetaryScore) {

    /** 3–15, the usual one-number summary. */
    public int score() {
        return recencyScore + frequencyScore + monetaryScore;
    }

    /** "545" style cell code used in RFM segment tables. */
    public String cell() {
        return "" + recencyScore + frequencyScore + monetaryScore;
    }
}
