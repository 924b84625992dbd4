package dev.crm.customer.domain.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiscountedLifetimeValueTest {

    private static final BgNbdParameters BG = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);
    private static final GammaGammaParameters GG = new GammaGammaParameters(6.25, 3.74, 15.44);
    private static final PurchaseHistory CUSTOMER = new PurchaseHistory(2, 30.43, 38.86, 22.35);

    @Test
    void undiscountedValueIsExpectedPurchasesTimesExpectedSpendTimesMargin() {
        double value = DiscountedLifetimeValue.of(BG, GG, CUSTOMER, 52, 4, 0, 0.3);

        double expected = BgNbdModel.expectedPurchases(BG, CUSTOMER, 52)
                * GammaGammaModel.expectedAverageSpend(GG, CUSTOMER) * 0.3;
        assertThat(value).isCloseTo(expected, within(1e-9));
    }

    @Test
    void eachStepIsDiscountedByItsIndexAndTheLastStepEndsAtTheHorizon() {
        // horizon 10 with step 4: steps end at 4, 8 and 10
        double spend = GammaGammaModel.expectedAverageSpend(GG, CUSTOMER);
        double y4 = BgNbdModel.expectedPurchases(BG, CUSTOMER, 4);
        double y8 = BgNbdModel.expectedPurchases(BG, CUSTOMER, 8);
        double y10 = BgNbdModel.expectedPurchases(BG, CUSTOMER, 10);
        double expected = spend * 0.5 * (y4 / 1.1 + (y8 - y4) / (1.1 * 1.1) + (y10 - y8) / (1.1 * 1.1 * 1.1));

        assertThat(DiscountedLifetimeValue.of(BG, GG, CUSTOMER, 10, 4, 0.1, 0.5)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void discountingLowersTheValue() {
        assertThat(DiscountedLifetimeValue.of(BG, GG, CUSTOMER, 52, 4, 0.01, 1))
                .isLessThan(DiscountedLifetimeValue.of(BG, GG, CUSTOMER, 52, 4, 0, 1));
    }

    @Test
    void extremeCustomersHaveFiniteNonNegativeValue() {
        for (PurchaseHistory h : List.of(new PurchaseHistory(100, 52, 52, 40), new PurchaseHistory(100, 0.5, 520, 40),
                PurchaseHistory.of(0, 0, 1), PurchaseHistory.of(0, 0, 500))) {
            assertThat(DiscountedLifetimeValue.of(BG, GG, h, 520, 4.33, 0.01, 0.2))
                    .as("%s", h).isFinite().isGreaterThanOrEqualTo(0.0);
        }
    }

    @Test
    void zeroMarginIsWorthNothing() {
        assertThat(DiscountedLifetimeValue.of(BG, GG, CUSTOMER, 52, 4, 0.01, 0)).isZero();
    }

    @Test
    void rejectsMeaninglessArguments() {
        assertThatThrownBy(() -> DiscountedLifetimeValue.of(BG, GG, CUSTOMER, 0, 4, 0.01, 0.2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DiscountedLifetimeValue.of(BG, GG, CUSTOMER, 52, -1, 0.01, 0.2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DiscountedLifetimeValue.of(BG, GG, CUSTOMER, 52, 4, -0.5, 0.2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DiscountedLifetimeValue.of(BG, GG, CUSTOMER, 52, 4, 0.01, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
