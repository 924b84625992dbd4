package dev.crm.customer.domain;

import java.util.Arrays;

/**
 * Quintile scores 1–5 of a value among all customers' values. Equal values always get the
 * same score (a customer's score must not depend on the order customers were read in), so
 * with many ties — most customers ordered once — some scores can be empty.
 */
public final class Quintiles {

    private final double[] sorted;

    public Quintiles(double[] values) {
        this.sorted = values.clone();
        Arrays.sort(this.sorted);
    }

    /** 5 for the highest fifth: for frequency and monetary. */
    public int scoreHigherIsBetter(double value) {
        return score(countBelow(value));
    }

    /** 5 for the lowest fifth: for recency in days. */
    public int scoreLowerIsBetter(double value) {
        return score(sorted.length - countAtOrBelow(value));
    }

    private int score(long betterThan) {
        if (sorted.length == 0) {
            return 3;
        }
        return 1 + (int) Math.min(4, betterThan * 5 / sorted.length);
    }

    private int countBelow(double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private int countAtOrBelow(double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
