package dev.crm.customer.domain;

import dev.crm.customer.api.LifecycleStage;
import dev.crm.customer.api.ValueTier;
import dev.crm.customer.domain.StageRules.StageDecision;
import dev.crm.customer.domain.ValueRules.TierDecision;
import dev.crm.customer.domain.clv.BgNbdModel;
import dev.crm.customer.domain.clv.DiscountedLifetimeValue;
import dev.crm.customer.domain.clv.GammaGammaModel;
import dev.crm.customer.domain.clv.PurchaseHistory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Values one customer as of a day: RFM against everyone's quintiles, historic CLV, the latest
 * fit's predictions, then tier and stage by the administrator's rules. Pure: the scoring run
 * and the on-demand customer view both use it, so they always agree.
 */
public final class CustomerValuation {

    /** Months are calendar-average months, 365.25 / 12 days. */
    static final double DAYS_PER_MONTH = 30.4375;

    private final LocalDate asOf;
    private final String currency;
    private final ClvFit fit;
    private final ValueRules rules;
    private final int horizonMonths;
    private final double monthlyDiscountRate;
    private final BigDecimal marginRate;
    /** Null for a single customer's on-demand valuation: the last run's RFM scores stand. */
    private final RfmQuintiles quintiles;

    public CustomerValuation(LocalDate asOf, String currency, ClvFit fit, ValueRules rules, int horizonMonths,
                             BigDecimal annualDiscountRate, BigDecimal marginRate, RfmQuintiles quintiles) {
        this.asOf = asOf;
        this.currency = currency;
        this.fit = fit;
        this.rules = rules;
        this.horizonMonths = horizonMonths;
        this.monthlyDiscountRate = Math.pow(1 + annualDiscountRate.doubleValue(), 1.0 / 12) - 1;
        this.marginRate = marginRate;
        this.quintiles = quintiles;
    }

    /**
     * The customer's value now; {@code purchases} null for a customer without orders. Tier and
     * stage keep their "since" when unchanged.
     */
    public CustomerValue value(CustomerPurchases purchases, CustomerValue previous, Instant now) {
        Rfm rfm = purchases == null ? null
                : quintiles == null ? (previous == null ? null : previous.rfm()) : rfm(purchases);
        BigDecimal historicClv = purchases == null ? BigDecimal.ZERO.setScale(2)
                : purchases.margin().setScale(2, RoundingMode.HALF_UP);
        ValuePrediction prediction = purchases == null || fit == null ? null : predictOrNone(purchases);
        BigDecimal clvForTier = prediction != null ? prediction.discountedClv() : historicClv;
        TierDecision tier = rules.tierFor(clvForTier, rfm, prediction == null ? null : prediction.churnRisk());
        StageDecision stage = purchases == null
                ? rules.stageRules().stageFor(0, null, null, null, asOf)
                : rules.stageRules().stageFor(purchases.purchaseDays(), purchases.firstPurchaseDay(),
                        purchases.lastPurchaseDay(), prediction == null ? null : prediction.probabilityAlive(), asOf);
        ValueTier previousTier = previous == null ? null : previous.tier();
        LifecycleStage previousStage = previous == null ? null : previous.stage();
        Instant tierSince = Objects.equals(previousTier, tier.tier()) && previous.tierSince() != null
                ? previous.tierSince() : now;
        Instant stageSince = Objects.equals(previousStage, stage.stage()) && previous.stageSince() != null
                ? previous.stageSince() : now;
        return new CustomerValue(asOf, currency, purchases == null ? 0 : purchases.orders(), rfm, historicClv,
                prediction, tier.tier(), tier.reason(), tierSince, stage.stage(), stage.reason(), stageSince,
                previous == null ? null : previous.cluster(), now);
    }

    private Rfm rfm(CustomerPurchases purchases) {
        long recency = ChronoUnit.DAYS.between(purchases.lastPurchaseDay(), asOf);
        return new Rfm(recency, purchases.orders(), purchases.spend().setScale(2, RoundingMode.HALF_UP),
                quintiles.recency().scoreLowerIsBetter(recency),
                quintiles.frequency().scoreHigherIsBetter(purchases.orders()),
                quintiles.monetary().scoreHigherIsBetter(purchases.spend().doubleValue()));
    }

    /**
     * One customer the numerics cannot value (an extreme history under extreme parameters) is
     * left without a prediction — valued on historic CLV — rather than stopping everyone's run.
     */
    private ValuePrediction predictOrNone(CustomerPurchases purchases) {
        try {
            return predict(purchases);
        } catch (ArithmeticException | IllegalArgumentException numericLimit) {
            return null;
        }
    }

    /** The latest fit applied to this customer's history as of the valuation day. */
    public ValuePrediction predict(CustomerPurchases purchases) {
        double unitDays = fit.timeUnit().daysPerUnit();
        // A customer whose first purchase is today has T = 0; the models treat them as just born.
        PurchaseHistory history = PurchaseHistory.summarise(purchases.amountPerPurchaseDay(), asOf, fit.timeUnit())
                .orElse(new PurchaseHistory(0, 0, 1e-6, 0));
        double horizon = horizonMonths * DAYS_PER_MONTH / unitDays;
        double step = DAYS_PER_MONTH / unitDays;
        double expected = BgNbdModel.expectedPurchases(fit.bgNbd(), history, horizon);
        double alive = BgNbdModel.probabilityAlive(fit.bgNbd(), history);
        double spend = GammaGammaModel.expectedAverageSpend(fit.gammaGamma(), history);
        double clv = DiscountedLifetimeValue.of(fit.bgNbd(), fit.gammaGamma(), history, horizon, step,
                monthlyDiscountRate, marginRate.doubleValue());
        return new ValuePrediction(fit.id(), horizonMonths, round(expected, 4), round(alive, 4),
                money(spend), money(clv));
    }

    private static double round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    /** Everyone's RFM quintiles, computed once per scoring run. */
    public record RfmQuintiles(Quintiles recency, Quintiles frequency, Quintiles monetary) {

        public static RfmQuintiles of(java.util.Collection<CustomerPurchases> all, LocalDate asOf) {
            double[] recency = new double[all.size()];
            double[] frequency = new double[all.size()];
            double[] monetary = new double[all.size()];
            int i = 0;
            for (CustomerPurchases purchases : all) {
                recency[i] = ChronoUnit.DAYS.between(purchases.lastPurchaseDay(), asOf);
                frequency[i] = purchases.orders();
                monetary[i] = purchases.spend().doubleValue();
                i++;
            }
            return new RfmQuintiles(new Quintiles(recency), new Quintiles(frequency), new Quintiles(monetary));
        }
    }
}
