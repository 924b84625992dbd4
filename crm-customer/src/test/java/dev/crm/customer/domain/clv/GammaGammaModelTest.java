package dev.crm.customer.domain.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;

class GammaGammaModelTest {

    private static final GammaGammaParameters PARAMETERS = new GammaGammaParameters(2.5, 3.2, 12);
    private static final List<PurchaseHistory> SMALL = List.of(
            new PurchaseHistory(1, 3, 10, 10),
            new PurchaseHistory(3, 8, 10, 25),
            new PurchaseHistory(2, 9, 10, 7.5),
            PurchaseHistory.of(0, 0, 10));

    @Test
    void logLikelihoodEqualsTheHandComputedDensityOfTheMeanSpend() {
        // Fader & Hardie (2013) eq. 4 with Gamma functions; the non-repeater contributes nothing.
        double expected = 0;
        double p = 2.5;
        double q = 3.2;
        double g = 12;
        for (double[] xm : new double[][] {{1, 10}, {3, 25}, {2, 7.5}}) {
            double x = xm[0];
            double m = xm[1];
            double density = Gamma.gamma(p * x + q) / (Gamma.gamma(p * x) * Gamma.gamma(q))
                    * Math.pow(g, q) * Math.pow(m, p * x - 1) * Math.pow(x, p * x) / Math.pow(g + x * m, p * x + q);
            expected += Math.log(density);
        }

        assertThat(GammaGammaModel.logLikelihood(PARAMETERS, SMALL)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void fitRejectsCustomersWithoutRepeatPurchases() {
        assertThatThrownBy(() -> GammaGammaModel.fit(List.of(PurchaseHistory.of(0, 0, 10))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no customer has a repeat purchase");
        assertThatThrownBy(() -> GammaGammaModel.fit(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void expectedSpendWeighsTheCustomerMeanAgainstThePopulationMean() {
        PurchaseHistory h = new PurchaseHistory(3, 8, 10, 25);
        double weight = 2.5 * 3 / (2.5 * 3 + 3.2 - 1);
        double populationMean = 2.5 * 12 / (3.2 - 1);

        assertThat(GammaGammaModel.expectedAverageSpend(PARAMETERS, h))
                .isCloseTo((1 - weight) * populationMean + weight * 25, within(1e-12));
    }

    @Test
    void expectedSpendOfANonRepeaterIsThePopulationMean() {
        assertThat(GammaGammaModel.expectedAverageSpend(PARAMETERS, PurchaseHistory.of(0, 0, 10)))
                .isCloseTo(2.5 * 12 / (3.2 - 1), within(1e-12));
    }

    @Test
    void expectedSpendNeedsQAboveOne() {
        GammaGammaParameters heavyTailed = new GammaGammaParameters(2, 0.9, 10);

        assertThat(heavyTailed.hasFiniteMeanSpend()).isFalse();
        assertThatThrownBy(() -> GammaGammaModel.expectedAverageSpend(heavyTailed, SMALL.get(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("q > 1");
    }
}
