package dev.crm.customer.domain.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PurchaseHistoryTest {

    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);

    private static SortedMap<LocalDate, BigDecimal> days(Object... dayOffsetAndAmount) {
        SortedMap<LocalDate, BigDecimal> map = new TreeMap<>();
        for (int i = 0; i < dayOffsetAndAmount.length; i += 2) {
            map.put(FIRST.plusDays((Integer) dayOffsetAndAmount[i]), new BigDecimal((String) dayOffsetAndAmount[i + 1]));
        }
        return map;
    }

    @Test
    void summarisesRepeatDaysRecencyAndAgeInWeeksIgnoringDaysAfterAsOf() {
        SortedMap<LocalDate, BigDecimal> purchases = days(0, "10.00", 7, "20.00", 21, "30.00", 35, "99.00");

        PurchaseHistory history = PurchaseHistory.summarise(purchases, FIRST.plusDays(28), ModelTimeUnit.WEEKS).orElseThrow();

        assertThat(history.frequency()).isEqualTo(2);
        assertThat(history.recency()).isCloseTo(3, within(1e-15));
        assertThat(history.age()).isCloseTo(4, within(1e-15));
        assertThat(history.meanRepeatSpend()).isCloseTo(25, within(1e-15));
    }

    @Test
    void summarisesInDays() {
        PurchaseHistory history = PurchaseHistory.summarise(days(0, "5", 3, "7"), FIRST.plusDays(10), ModelTimeUnit.DAYS)
                .orElseThrow();

        assertThat(history).isEqualTo(new PurchaseHistory(1, 3, 10, 7));
    }

    @Test
    void singlePurchaseDayIsANonRepeaterWithoutSpend() {
        PurchaseHistory history = PurchaseHistory.summarise(days(0, "50"), FIRST.plusDays(14), ModelTimeUnit.WEEKS)
                .orElseThrow();

        assertThat(history).isEqualTo(PurchaseHistory.of(0, 0, 2));
    }

    @Test
    void customerWithoutPurchasesByAsOfOrFirstBuyingOnAsOfIsNotSummarised() {
        assertThat(PurchaseHistory.summarise(days(5, "10"), FIRST.plusDays(4), ModelTimeUnit.DAYS)).isEmpty();
        assertThat(PurchaseHistory.summarise(days(5, "10"), FIRST.plusDays(5), ModelTimeUnit.DAYS)).isEmpty();
        assertThat(PurchaseHistory.summarise(new TreeMap<>(), FIRST, ModelTimeUnit.DAYS)).isEmpty();
    }

    @Test
    void rejectsInconsistentStatistics() {
        assertThatThrownBy(() -> PurchaseHistory.of(1, 11, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PurchaseHistory.of(0, 2, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PurchaseHistory.of(-1, 0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PurchaseHistory.of(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PurchaseHistory(0, 0, 10, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PurchaseHistory(2, 1, 10, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
