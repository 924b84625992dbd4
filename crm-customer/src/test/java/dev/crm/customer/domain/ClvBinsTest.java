package dev.crm.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ClvBinsTest {

    @Test
    void equalWidthBinsSpanTheRangeAndTheLastIncludesTheHighest() {
        ClvBins bins = ClvBins.over(new BigDecimal("0"), new BigDecimal("100"), 4);

        assertThat(bins.edges()).extracting(BigDecimal::toPlainString)
                .containsExactly("0", "25.00", "50.00", "75.00", "100");
        assertThat(bins.binOf(new BigDecimal("24.99"))).isZero();
        assertThat(bins.binOf(new BigDecimal("25"))).isEqualTo(1);
        assertThat(bins.binOf(new BigDecimal("100"))).isEqualTo(3);
    }

    @Test
    void theWidthIsRoundedUpToACentSoNoValueFallsOffTheTop() {
        ClvBins bins = ClvBins.over(new BigDecimal("0"), new BigDecimal("10"), 3);

        assertThat(bins.edges()).extracting(BigDecimal::toPlainString)
                .containsExactly("0", "3.34", "6.68", "10");
    }

    @Test
    void oneValueIsOneBin() {
        ClvBins bins = ClvBins.over(new BigDecimal("42"), new BigDecimal("42"), 10);

        assertThat(bins.count()).isEqualTo(1);
        assertThat(bins.binOf(new BigDecimal("42"))).isZero();
    }

    @Test
    void aNarrowRangeGetsFewerBinsThanAskedRatherThanEmptyOnes() {
        ClvBins bins = ClvBins.over(new BigDecimal("1.00"), new BigDecimal("1.02"), 10);

        assertThat(bins.edges()).extracting(BigDecimal::toPlainString).containsExactly("1.00", "1.01", "1.02");
    }

    @Test
    void tooManyBinsAreRefused() {
        assertThatThrownBy(() -> ClvBins.over(BigDecimal.ZERO, BigDecimal.TEN, 51))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
