package dev.crm.customer.domain.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;

class BgNbdModelTest {

    private static final BgNbdParameters PARAMETERS = new BgNbdParameters(0.5, 3.0, 1.2, 2.7);
    private static final List<PurchaseHistory> SMALL = List.of(
            PurchaseHistory.of(0, 0, 5),
            PurchaseHistory.of(1, 2, 5),
            PurchaseHistory.of(3, 4.5, 6),
            PurchaseHistory.of(2, 7, 7));

    /** Paper eq. 6 written out with Gamma functions, independent of the production form. */
    private static double handLikelihood(double r, double alpha, double a, double b, double x, double tx, double T) {
        double betaAB = beta(a, b);
        double common = Gamma.gamma(r + x) * Math.pow(alpha, r) / Gamma.gamma(r);
        double alive = beta(a, b + x) / betaAB * common / Math.pow(alpha + T, r + x);
        double dropped = x > 0 ? beta(a + 1, b + x - 1) / betaAB * common / Math.pow(alpha + tx, r + x) : 0;
        return alive + dropped;
    }

    private static double beta(double u, double v) {
        return Gamma.gamma(u) * Gamma.gamma(v) / Gamma.gamma(u + v);
    }

    @Test
    void logLikelihoodEqualsTheHandComputedPaperFormula() {
        double expected = 0;
        for (PurchaseHistory h : SMALL) {
            double perCustomer = Math.log(handLikelihood(0.5, 3.0, 1.2, 2.7, h.frequency(), h.recency(), h.age()));
            assertThat(BgNbdModel.logLikelihood(PARAMETERS, h)).isCloseTo(perCustomer, within(1e-12));
            expected += perCustomer;
        }

        assertThat(BgNbdModel.logLikelihood(PARAMETERS, SMALL)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void totalLogLikelihoodCountsRepeatedHistoriesByWeight() {
        List<PurchaseHistory> doubled = List.of(SMALL.get(1), SMALL.get(1), SMALL.get(2));

        assertThat(BgNbdModel.logLikelihood(PARAMETERS, doubled)).isCloseTo(
                2 * BgNbdModel.logLikelihood(PARAMETERS, SMALL.get(1))
                        + BgNbdModel.logLikelihood(PARAMETERS, SMALL.get(2)), within(1e-12));
    }

    @Test
    void aFitReportsItsRunningEvaluationCountUpToTheTotalItSpent() {
        List<Integer> reported = new ArrayList<>();

        BgNbdFit fit = BgNbdModel.fit(SMALL, reported::add);

        assertThat(reported).as("reported every hundred evaluations and at the end of each round, never backwards")
                .hasSizeGreaterThanOrEqualTo(fit.evaluations() / 100 + 1).isSorted().startsWith(100);
        assertThat(reported.get(reported.size() - 1)).isEqualTo(fit.evaluations());
        assertThat(fit.parameters()).isEqualTo(BgNbdModel.fit(SMALL).parameters());
    }

    @Test
    void fittingNoCustomersIsRejected() {
        assertThatThrownBy(() -> BgNbdModel.fit(Collections.emptyList()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no customers");
    }

    @Test
    void fittingCustomersWithoutRepeatPurchasesIsRejectedBecauseTheLikelihoodHasNoMaximum() {
        List<PurchaseHistory> oneTimers = List.of(PurchaseHistory.of(0, 0, 10), PurchaseHistory.of(0, 0, 20));

        assertThatThrownBy(() -> BgNbdModel.fit(oneTimers))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no customer has a repeat purchase");
    }

    @Test
    void fittingOneCustomerGivesFiniteParameters() {
        BgNbdFit fit = BgNbdModel.fit(List.of(PurchaseHistory.of(3, 20, 30)));

        assertFinite(fit);
        assertThat(fit.customers()).isEqualTo(1);
    }

    @Test
    void fittingCustomersAllActiveOnTheLastDayGivesFiniteParameters() {
        List<PurchaseHistory> active = List.of(
                PurchaseHistory.of(1, 10, 10), PurchaseHistory.of(4, 25, 25), PurchaseHistory.of(2, 30, 30),
                PurchaseHistory.of(0, 0, 12));

        assertFinite(BgNbdModel.fit(active));
    }

    private static void assertFinite(BgNbdFit fit) {
        BgNbdParameters p = fit.parameters();
        assertThat(List.of(p.r(), p.alpha(), p.a(), p.b(), fit.logLikelihood()))
                .allSatisfy(v -> assertThat(v).isFinite());
    }

    @Test
    void customerWithoutRepeatPurchasesIsCertainlyAlive() {
        assertThat(BgNbdModel.probabilityAlive(PARAMETERS, PurchaseHistory.of(0, 0, 40))).isEqualTo(1.0);
    }

    @Test
    void probabilityAliveMatchesThePaperFormula() {
        PurchaseHistory h = PurchaseHistory.of(3, 4.5, 6);
        double expected = 1 / (1 + 1.2 / (2.7 + 3 - 1) * Math.pow((3.0 + 6) / (3.0 + 4.5), 0.5 + 3));

        assertThat(BgNbdModel.probabilityAlive(PARAMETERS, h)).isCloseTo(expected, within(1e-15));
    }

    @Test
    void extremeHistoriesGiveFiniteProbabilitiesAndExpectations() {
        List<PurchaseHistory> extremes = List.of(
                PurchaseHistory.of(100, 52, 52),
                PurchaseHistory.of(100, 0.5, 520),
                PurchaseHistory.of(2000, 100, 100),
                PurchaseHistory.of(0, 0, 1e-6),
                PurchaseHistory.of(0, 0, 1e4));
        for (PurchaseHistory h : extremes) {
            double alive = BgNbdModel.probabilityAlive(PARAMETERS, h);
            double expected = BgNbdModel.expectedPurchases(PARAMETERS, h, 520);
            assertThat(alive).as("P(alive) %s", h).isBetween(0.0, 1.0);
            assertThat(expected).as("E[Y] %s", h).isFinite().isGreaterThanOrEqualTo(0.0);
        }
        assertThat(BgNbdModel.probabilityAlive(PARAMETERS, PurchaseHistory.of(100, 0.5, 520))).isLessThan(1e-10);
    }

    @Test
    void expectedPurchasesGrowWithTheHorizonAndStartAtZero() {
        PurchaseHistory h = PurchaseHistory.of(3, 4.5, 6);

        assertThat(BgNbdModel.expectedPurchases(PARAMETERS, h, 0)).isZero();
        double previous = 0;
        for (double t : new double[] {0.5, 1, 10, 100, 1000, 10_000}) {
            double expected = BgNbdModel.expectedPurchases(PARAMETERS, h, t);
            assertThat(expected).isGreaterThan(previous);
            previous = expected;
        }
    }

    @Test
    void newCustomerExpectationIsTheConditionalOneAtAgeZero() {
        double newCustomer = BgNbdModel.expectedPurchasesOfNewCustomer(PARAMETERS, 39);
        double justArrived = BgNbdModel.expectedPurchases(PARAMETERS, PurchaseHistory.of(0, 0, 1e-12), 39);

        assertThat(newCustomer).isCloseTo(justArrived, within(1e-9));
    }

    @Test
    void newCustomerExpectationMatchesHighPrecisionReference() {
        // mpmath, eq. 9 at the lifetimes CDNOW fit, t = 39 weeks
        BgNbdParameters cdnow = new BgNbdParameters(0.242594, 4.41359, 0.792919, 2.42589);

        assertThat(BgNbdModel.expectedPurchasesOfNewCustomer(cdnow, 39))
                .isCloseTo(1.19500939709170074840642385166, within(1e-12));
    }

    @Test
    void expectationIsContinuousAcrossTheRemovableSingularityAtAEqualsOne() {
        PurchaseHistory h = PurchaseHistory.of(3, 4.5, 6);
        double below = BgNbdModel.expectedPurchases(new BgNbdParameters(0.5, 3, 1 - 1e-4, 2.7), h, 20);
        double at = BgNbdModel.expectedPurchases(new BgNbdParameters(0.5, 3, 1, 2.7), h, 20);
        double above = BgNbdModel.expectedPurchases(new BgNbdParameters(0.5, 3, 1 + 1e-4, 2.7), h, 20);

        assertThat(at).isFinite().isCloseTo((below + above) / 2, within(1e-7));
    }

    @Test
    void negativeOrInfiniteHorizonIsRejected() {
        assertThatThrownBy(() -> BgNbdModel.expectedPurchasesOfNewCustomer(PARAMETERS, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BgNbdModel.expectedPurchases(PARAMETERS, SMALL.get(0), Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parametersMustBePositiveAndFinite() {
        assertThatThrownBy(() -> new BgNbdParameters(0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BgNbdParameters(1, Double.NaN, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BgNbdParameters(1, 1, Double.POSITIVE_INFINITY, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
