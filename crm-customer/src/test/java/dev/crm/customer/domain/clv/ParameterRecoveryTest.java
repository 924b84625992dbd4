package dev.crm.customer.domain.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fits recover the parameters customers were simulated from. */
class ParameterRecoveryTest {

    @Test
    void bgNbdFitRecoversSimulatedParameters() {
        BgNbdParameters truth = new BgNbdParameters(0.25, 4.0, 0.8, 2.5);
        List<PurchaseHistory> customers = SimulatedCustomers.bgNbd(truth, 20_000, 30, 80, 42);

        BgNbdParameters fitted = BgNbdModel.fit(customers).parameters();

        System.out.println("BG/NBD recovery, truth " + truth + ", fitted " + fitted);
        // Over eight other seeds: r and alpha within ~5 %, a within ~10 %, b within ~12 %.
        assertThat(fitted.r()).isCloseTo(truth.r(), withinPercentage(10));
        assertThat(fitted.alpha()).isCloseTo(truth.alpha(), withinPercentage(10));
        assertThat(fitted.a()).isCloseTo(truth.a(), withinPercentage(20));
        assertThat(fitted.b()).isCloseTo(truth.b(), withinPercentage(20));
    }

    @Test
    void gammaGammaFitRecoversSimulatedParameters() {
        GammaGammaParameters truth = new GammaGammaParameters(6, 4, 15);
        List<PurchaseHistory> customers = SimulatedCustomers.gammaGamma(truth, 20_000, 10, 7);

        GammaGammaParameters fitted = GammaGammaModel.fit(customers).parameters();

        System.out.println("Gamma-Gamma recovery, truth " + truth + ", fitted " + fitted);
        // Over eight other seeds the estimates averaged p=6.13, q=4.00, gamma=14.75 with spreads of
        // about 7 % (p) and 9 % (gamma), strongly negatively correlated; q is tight.
        assertThat(fitted.p()).isCloseTo(truth.p(), withinPercentage(15));
        assertThat(fitted.q()).isCloseTo(truth.q(), withinPercentage(5));
        assertThat(fitted.gamma()).isCloseTo(truth.gamma(), withinPercentage(20));
    }

    @Test
    void fitsOneHundredThousandCustomers() {
        // Prints the timing for the record; deliberately no assertion on it.
        List<PurchaseHistory> customers =
                SimulatedCustomers.bgNbd(new BgNbdParameters(0.25, 4.0, 0.8, 2.5), 100_000, 30, 80, 2024);
        List<PurchaseHistory> withSpend = SimulatedCustomers.gammaGamma(new GammaGammaParameters(6, 4, 15), 100_000, 10, 2025);

        long start = System.nanoTime();
        BgNbdFit bg = BgNbdModel.fit(customers);
        long bgNanos = System.nanoTime() - start;
        start = System.nanoTime();
        GammaGammaFit gg = GammaGammaModel.fit(withSpend);
        long ggNanos = System.nanoTime() - start;

        System.out.printf("Timing: BG/NBD fit of %d customers took %d ms (%d evaluations): %s%n",
                bg.customers(), bgNanos / 1_000_000, bg.evaluations(), bg.parameters());
        System.out.printf("Timing: Gamma-Gamma fit of %d customers took %d ms (%d evaluations): %s%n",
                gg.customers(), ggNanos / 1_000_000, gg.evaluations(), gg.parameters());
        assertThat(Double.isFinite(bg.logLikelihood()) && Double.isFinite(gg.logLikelihood())).isTrue();
    }
}
