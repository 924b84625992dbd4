package dev.crm.customer.domain.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reproduces the published CDNOW results (Fader, Hardie &amp; Lee 2005; Fader &amp; Hardie 2013). */
class CdnowFitTest {

    private static final BgNbdParameters PUBLISHED = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);

    @Test
    void bgNbdFitReproducesThePublishedParametersAndLogLikelihood() {
        List<PurchaseHistory> customers = CdnowSample.counts();

        BgNbdFit fit = BgNbdModel.fit(customers);

        System.out.println("CDNOW BG/NBD fit: " + fit);
        assertThat(fit.customers()).isEqualTo(2357);
        assertThat(fit.parameters().r()).isCloseTo(0.243, withinPercentage(1));
        assertThat(fit.parameters().alpha()).isCloseTo(4.414, withinPercentage(1));
        assertThat(fit.parameters().a()).isCloseTo(0.793, withinPercentage(1));
        assertThat(fit.parameters().b()).isCloseTo(2.426, withinPercentage(1));
        assertThat(fit.logLikelihood()).isCloseTo(-9582.4, within(0.1));
    }

    @Test
    void publishedParametersGiveThePublishedLogLikelihood() {
        assertThat(BgNbdModel.logLikelihood(PUBLISHED, CdnowSample.counts())).isCloseTo(-9582.4, within(0.5));
    }

    @Test
    void conditionalExpectationMatchesThePaperExample() {
        // Paper, section 5: x = 2, t_x = 30.43, T = 38.86 expects 1.226 purchases in the next 39
        // weeks (mpmath at these parameters: 1.2259).
        PurchaseHistory customer = PurchaseHistory.of(2, 30.43, 38.86);

        assertThat(BgNbdModel.expectedPurchases(PUBLISHED, customer, 39)).isCloseTo(1.226, within(2e-3));
    }

    @Test
    void nextWeekExpectationsMatchTheLifetimesDocumentation() {
        // lifetimes docs/Quickstart.md, t = 1, at its CDNOW fit (which matches the published one).
        BgNbdParameters lifetimesFit = new BgNbdParameters(0.242594, 4.41359, 0.792919, 2.42589);

        assertThat(BgNbdModel.expectedPurchases(lifetimesFit, PurchaseHistory.of(26, 30.86, 31.00), 1))
                .isCloseTo(0.710623, within(2e-6));
        assertThat(BgNbdModel.expectedPurchases(lifetimesFit, PurchaseHistory.of(29, 37.71, 38.00), 1))
                .isCloseTo(0.662396, within(2e-6));
        assertThat(BgNbdModel.expectedPurchases(lifetimesFit, PurchaseHistory.of(18, 35.14, 35.86), 1))
                .isCloseTo(0.424877, within(2e-6));
    }

    @Test
    void gammaGammaFitReproducesThePublishedParameters() {
        GammaGammaFit fit = GammaGammaModel.fit(CdnowSample.withSpend());

        System.out.println("CDNOW Gamma-Gamma fit: " + fit);
        assertThat(fit.customers()).isEqualTo(946);
        assertThat(fit.parameters().p()).isCloseTo(6.25, withinPercentage(1));
        assertThat(fit.parameters().q()).isCloseTo(3.74, withinPercentage(1));
        assertThat(fit.parameters().gamma()).isCloseTo(15.44, withinPercentage(1));
    }

    @Test
    void expectedAverageSpendMatchesTheLifetimesDocumentation() {
        // lifetimes docs/Quickstart.md: customers 1 (x=2, m=22.35) and 6 (x=7, m=73.74), and a
        // non-repeater (the population mean), at its fit p=6.25, q=3.74, v=15.45 (rounded there).
        GammaGammaParameters fit = GammaGammaModel.fit(CdnowSample.withSpend()).parameters();

        assertThat(GammaGammaModel.expectedAverageSpend(fit, new PurchaseHistory(2, 30.43, 38.86, 22.35)))
                .isCloseTo(24.658619, within(1e-3));
        assertThat(GammaGammaModel.expectedAverageSpend(fit, new PurchaseHistory(7, 29.43, 38.86, 73.74)))
                .isCloseTo(71.462843, within(1e-3));
        assertThat(GammaGammaModel.expectedAverageSpend(fit, PurchaseHistory.of(0, 0, 38.86)))
                .isCloseTo(35.170981, within(1e-3));
    }
}
