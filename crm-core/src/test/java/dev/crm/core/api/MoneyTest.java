package dev.crm.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void addsAndSubtractsInTheSameCurrency() {
        Money total = Money.of("10.50", "CNY").plus(Money.of("2.25", "CNY")).minus(Money.of("0.75", "CNY"));
        assertThat(total).isEqualTo(Money.of("12.00", "CNY"));
        assertThat(total.amount()).isEqualByComparingTo("12");
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "CNY").plus(Money.of("1", "EUR")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CNY").hasMessageContaining("EUR");
    }

    @Test
    void equalityIgnoresScaleButNotCurrency() {
        assertThat(Money.of("10.0", "CNY")).isEqualTo(Money.of("10.00", "CNY"));
        assertThat(Money.of("10.0", "CNY")).hasSameHashCodeAs(Money.of("10.00", "CNY"));
        assertThat(Money.of("10", "CNY")).isNotEqualTo(Money.of("10", "USD"));
    }

    @Test
    void multipliesNegatesAndCompares() {
        Money price = Money.of("19.99", "USD");
        assertThat(price.times(new BigDecimal("3"))).isEqualTo(Money.of("59.97", "USD"));
        assertThat(price.negate().isNegative()).isTrue();
        assertThat(Money.zero(price.currency()).isZero()).isTrue();
        assertThat(price.compareTo(Money.of("20", "USD"))).isNegative();
    }

    @Test
    void rejectsUnknownCurrencyCodes() {
        assertThatThrownBy(() -> Money.of("1", "XYZW")).isInstanceOf(IllegalArgumentException.class);
    }
}
