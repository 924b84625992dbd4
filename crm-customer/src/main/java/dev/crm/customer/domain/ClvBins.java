package dev.crm.customer.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Equal-width bins over the CLV range for the value histogram: the width is rounded up to a whole
 * cent so bin edges print as money; the first bin starts at the lowest CLV and the last one ends at
 * (and includes) the highest. A range of one value is a single bin.
 */
public record ClvBins(List<BigDecimal> edges) {

    public static final int MAX_BINS = 50;

    public static ClvBins over(BigDecimal lowest, BigDecimal highest, int bins) {
        if (bins < 1 || bins > MAX_BINS) {
            throw new IllegalArgumentException("bins must be 1.." + MAX_BINS + ", was " + bins);
        }
        if (highest.compareTo(lowest) < 0) {
            throw new IllegalArgumentException("highest " + highest + " is below lowest " + lowest);
        }
        List<BigDecimal> edges = new ArrayList<>();
        edges.add(lowest);
        if (highest.compareTo(lowest) == 0) {
            edges.add(highest);
            return new ClvBins(List.copyOf(edges));
        }
        BigDecimal width = highest.subtract(lowest).divide(BigDecimal.valueOf(bins), 2, RoundingMode.CEILING)
                .max(new BigDecimal("0.01"));
        for (int i = 1; i < bins; i++) {
            BigDecimal edge = lowest.add(width.multiply(BigDecimal.valueOf(i)));
            if (edge.compareTo(highest) >= 0) {
                break;
            }
            edges.add(edge);
        }
        edges.add(highest);
        return new ClvBins(List.copyOf(edges));
    }

    public int count() {
        return edges.size() - 1;
    }

    /** The bin holding {@code value}; values outside the range go to the nearest end bin. */
    public int binOf(BigDecimal value) {
        for (int i = 1; i < count(); i++) {
            if (value.compareTo(edges.get(i)) < 0) {
                return i - 1;
            }
        }
        return count() - 1;
    }
}
