package dev.crm.customer.domain.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Small samples can drive the dropout parameters a and b of the fit to huge values with a fixed
 * ratio (no heterogeneity in dropout). Predictions must then stay finite and approach the same
 * limit as a and b grow, instead of failing as 0 × ∞.
 */
class BgNbdWithoutDropoutHeterogeneityTest {

    private static final double R = 2.37;
    private static final double ALPHA = 258.3;
    private static final double A = 224.6;
    private static final double B = 15_228.4;

    @Test
    void expectedPurchasesConvergeAsDropoutParametersGrowWithAFixedRatio() {
        PurchaseHistory loyal = PurchaseHistory.of(11, 495, 500);
        PurchaseHistory oneTimer = PurchaseHistory.of(0, 0, 136);

        for (PurchaseHistory history : new PurchaseHistory[] {loyal, oneTimer}) {
            double moderate = BgNbdModel.expectedPurchases(new BgNbdParameters(R, ALPHA, A, B), history, 365.25);
            double huge = BgNbdModel.expectedPurchases(new BgNbdParameters(R, ALPHA, A * 1000, B * 1000), history,
                    365.25);
            assertThat(huge).isFinite().isPositive();
            assertThat(huge).isCloseTo(moderate, within(moderate * 0.01));
        }
    }

    @Test
    void lifetimeValueIsFiniteForHugeDropoutParameters() {
        BgNbdParameters purchases = new BgNbdParameters(R, ALPHA, A * 1000, B * 1000);
        GammaGammaParameters spend = new GammaGammaParameters(6.79, 175.8, 3866.1);

        double value = DiscountedLifetimeValue.of(purchases, spend, new PurchaseHistory(3, 256, 390, 155.33), 365.25,
                30.4375, 0.008, 0.3);

        assertThat(value).isFinite().isPositive();
    }
}
