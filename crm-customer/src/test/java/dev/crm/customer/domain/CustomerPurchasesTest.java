package dev.crm.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CustomerPurchasesTest {

    private static final BigDecimal RATE = new BigDecimal("0.30");

    @Test
    void ordersOnOneDayAreOnePurchaseDayInAnyArrivalOrder() {
        CustomerPurchases purchases = new CustomerPurchases();
        purchases.add(LocalDate.of(2026, 3, 1), new BigDecimal("10"), null, RATE);
        purchases.add(LocalDate.of(2026, 1, 1), new BigDecimal("20"), new BigDecimal("5"), RATE);
        purchases.add(LocalDate.of(2026, 3, 1), new BigDecimal("15"), null, RATE);
        purchases.add(LocalDate.of(2026, 2, 1), new BigDecimal("30"), null, RATE);

        assertThat(purchases.orders()).isEqualTo(4);
        assertThat(purchases.purchaseDays()).isEqualTo(3);
        assertThat(purchases.firstPurchaseDay()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(purchases.lastPurchaseDay()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(purchases.spend()).isEqualByComparingTo("75");
        assertThat(purchases.margin()).as("recorded 5 + 0.3 × (10 + 15 + 30)").isEqualByComparingTo("21.5");
        assertThat(purchases.amountPerPurchaseDay().get(LocalDate.of(2026, 3, 1))).isEqualByComparingTo("25");
        assertThat(purchases.amountPerPurchaseDay().firstKey()).isEqualTo(LocalDate.of(2026, 1, 1));
    }
}
