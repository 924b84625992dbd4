package dev.crm.customer.domain;

import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import dev.crm.customer.api.LifecycleStage;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Locale;
import java.util.List;

/**
 * Lifecycle stage thresholds (004 §2.3). Evaluated from the end of the lifecycle backwards:
 * Churn when P(alive) is below {@code churnBelowProbabilityAlive} or there has been no order
 * for {@code churnAfterDaysWithoutOrder} days (BG/NBD calls every one-time buyer alive, so
 * recency is needed too); Maturity from {@code maturityMinPurchaseDays} purchase days and
 * {@code maturityMinTenureDays} days since the first; Growth from
 * {@code growthMinPurchaseDays}; Development from a second purchase day; else Acquisition.
 */
public record StageRules(double churnBelowProbabilityAlive, int churnAfterDaysWithoutOrder,
                         int growthMinPurchaseDays, int maturityMinPurchaseDays, int maturityMinTenureDays) {

    public static final StageRules DEFAULTS = new StageRules(0.30, 365, 4, 8, 365);

    public StageRules checked() {
        List<FieldViolation> faults = new ArrayList<>();
        if (!(churnBelowProbabilityAlive >= 0 && churnBelowProbabilityAlive <= 1)) {
            faults.add(new FieldViolation("stageRules.churnBelowProbabilityAlive", "must be between 0 and 1"));
        }
        if (churnAfterDaysWithoutOrder < 1) {
            faults.add(new FieldViolation("stageRules.churnAfterDaysWithoutOrder", "must be at least 1"));
        }
        if (growthMinPurchaseDays < 3) {
            faults.add(new FieldViolation("stageRules.growthMinPurchaseDays",
                    "must be at least 3 (two purchase days is Development)"));
        }
        if (maturityMinPurchaseDays < growthMinPurchaseDays) {
            faults.add(new FieldViolation("stageRules.maturityMinPurchaseDays",
                    "must be at least growthMinPurchaseDays"));
        }
        if (maturityMinTenureDays < 0) {
            faults.add(new FieldViolation("stageRules.maturityMinTenureDays", "must not be negative"));
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        return this;
    }

    /** The stage of a customer with these purchases as of {@code asOf}, and why. */
    public StageDecision stageFor(int purchaseDays, LocalDate firstPurchaseDay, LocalDate lastPurchaseDay,
                                  Double probabilityAlive, LocalDate asOf) {
        if (purchaseDays == 0) {
            return new StageDecision(LifecycleStage.ACQUISITION, "no purchase yet");
        }
        if (probabilityAlive != null && probabilityAlive < churnBelowProbabilityAlive) {
            return new StageDecision(LifecycleStage.CHURN, String.format(Locale.ROOT,
                    "P(alive) %.2f below %.2f", probabilityAlive, churnBelowProbabilityAlive));
        }
        long sinceLast = ChronoUnit.DAYS.between(lastPurchaseDay, asOf);
        if (sinceLast > churnAfterDaysWithoutOrder) {
            return new StageDecision(LifecycleStage.CHURN, "no order for " + sinceLast + " days (more than "
                    + churnAfterDaysWithoutOrder + ")");
        }
        long tenure = ChronoUnit.DAYS.between(firstPurchaseDay, asOf);
        if (purchaseDays >= maturityMinPurchaseDays && tenure >= maturityMinTenureDays) {
            return new StageDecision(LifecycleStage.MATURITY, purchaseDays + " purchase days over " + tenure
                    + " days");
        }
        if (purchaseDays >= growthMinPurchaseDays) {
            return new StageDecision(LifecycleStage.GROWTH, purchaseDays + " purchase days");
        }
        if (purchaseDays >= 2) {
            return new StageDecision(LifecycleStage.DEVELOPMENT, "repeat purchase");
        }
        return new StageDecision(LifecycleStage.ACQUISITION, "one purchase day");
    }

    public record StageDecision(LifecycleStage stage, String reason) {
    }
}
