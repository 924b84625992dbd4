package dev.crm.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.customer.api.LifecycleStage;
import dev.crm.customer.api.ValueTier;
import dev.crm.customer.domain.CustomerValuation.RfmQuintiles;
import dev.crm.customer.domain.clv.BgNbdParameters;
import dev.crm.customer.domain.clv.GammaGammaParameters;
import dev.crm.customer.domain.clv.ModelTimeUnit;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerValuationTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final Instant NOW = Instant.parse("2026-06-30T20:00:00Z");
    private static final BigDecimal MARGIN_RATE = new BigDecimal("0.30");
    /** The published CDNOW fits, in weeks. */
    private static final ClvFit CDNOW = new ClvFit("fit-1", AS_OF, ModelTimeUnit.WEEKS, "CNY",
            new BgNbdParameters(0.243, 4.414, 0.793, 2.426), -9582.4, new GammaGammaParameters(6.25, 3.74, 15.44),
            0, 2357, 946, 0, 0, 0, 0, 0, NOW, "analyst");

    private static CustomerPurchases purchases(LocalDate... days) {
        CustomerPurchases purchases = new CustomerPurchases();
        for (LocalDate day : days) {
            purchases.add(day, new BigDecimal("40"), null, MARGIN_RATE);
        }
        return purchases;
    }

    private CustomerValuation valuation(List<CustomerPurchases> everyone) {
        return new CustomerValuation(AS_OF, "CNY", CDNOW, ValueRules.defaults(), 12, new BigDecimal("0.10"),
                MARGIN_RATE, RfmQuintiles.of(everyone, AS_OF));
    }

    @Test
    void aRecentFrequentBuyerIsPredictedToKeepBuyingAndIsValuedAccordingly() {
        CustomerPurchases frequent = purchases(AS_OF.minusWeeks(60), AS_OF.minusWeeks(50), AS_OF.minusWeeks(40),
                AS_OF.minusWeeks(30), AS_OF.minusWeeks(20), AS_OF.minusWeeks(12), AS_OF.minusWeeks(6),
                AS_OF.minusWeeks(2), AS_OF.minusWeeks(1));
        CustomerPurchases faded = purchases(AS_OF.minusWeeks(70), AS_OF.minusWeeks(69), AS_OF.minusWeeks(68));

        CustomerValuation valuation = valuation(List.of(frequent, faded));
        CustomerValue value = valuation.value(frequent, null, NOW);
        CustomerValue fadedValue = valuation.value(faded, null, NOW);

        assertThat(value.prediction().probabilityAlive()).isGreaterThan(0.9);
        assertThat(fadedValue.prediction().probabilityAlive()).isLessThan(0.3);
        assertThat(value.prediction().expectedPurchases())
                .isGreaterThan(fadedValue.prediction().expectedPurchases());
        assertThat(value.prediction().discountedClv()).isPositive()
                .isGreaterThan(fadedValue.prediction().discountedClv());
        assertThat(value.historicClv()).isEqualByComparingTo("108.00");
        assertThat(value.stage()).isEqualTo(LifecycleStage.MATURITY);
        assertThat(fadedValue.stage()).isEqualTo(LifecycleStage.CHURN);
        assertThat(fadedValue.stageReason()).startsWith("P(alive)");
        assertThat(value.rfm().recencyScore()).isGreaterThan(fadedValue.rfm().recencyScore());
    }

    @Test
    void aCustomerWhoseFirstPurchaseIsTodayIsValuedAsJustBorn() {
        CustomerPurchases newcomer = purchases(AS_OF);

        CustomerValue value = valuation(List.of(newcomer)).value(newcomer, null, NOW);

        assertThat(value.prediction().probabilityAlive()).isEqualTo(1.0);
        assertThat(value.prediction().expectedPurchases()).isPositive().isFinite();
        assertThat(value.stage()).isEqualTo(LifecycleStage.ACQUISITION);
    }

    @Test
    void withoutOrdersACustomerIsBeingAcquiredAndInTheLowestTier() {
        CustomerValue value = valuation(List.of()).value(null, null, NOW);

        assertThat(value.rfm()).isNull();
        assertThat(value.prediction()).isNull();
        assertThat(value.historicClv()).isEqualByComparingTo("0");
        assertThat(value.tier()).isEqualTo(ValueTier.D);
        assertThat(value.stage()).isEqualTo(LifecycleStage.ACQUISITION);
    }

    @Test
    void unchangedTierAndStageKeepTheirSinceAndTheCluster() {
        CustomerPurchases purchases = purchases(AS_OF.minusWeeks(3), AS_OF.minusWeeks(1));
        CustomerValuation valuation = valuation(List.of(purchases));
        CustomerValue first = valuation.value(purchases, null, NOW);
        CustomerValue clustered = new CustomerValue(first.asOf(), first.currency(), first.orders(), first.rfm(),
                first.historicClv(), first.prediction(), first.tier(), first.tierReason(), first.tierSince(),
                first.stage(), first.stageReason(), first.stageSince(), "segment-7", first.computedAt());

        CustomerValue second = valuation.value(purchases, clustered, NOW.plusSeconds(86_400));

        assertThat(second.tierSince()).isEqualTo(NOW);
        assertThat(second.stageSince()).isEqualTo(NOW);
        assertThat(second.cluster()).isEqualTo("segment-7");
        assertThat(second.computedAt()).isEqualTo(NOW.plusSeconds(86_400));
    }
}
