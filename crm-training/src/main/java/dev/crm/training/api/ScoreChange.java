package dev.crm.training.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A figure before and after training and how it moved: {@code change = after - before}, null when
 * either side had nothing to measure (never a division, never a zero made up for "no data").
 */
public record ScoreChange(Double before, Double after, Double change) {

    public static ScoreChange of(Double before, Double after) {
        return new ScoreChange(before, after, before == null || after == null ? null : round(after - before));
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
