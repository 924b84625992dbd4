package dev.crm.complaint.domain.problem;

import dev.crm.complaint.api.ComplaintType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Test data builder for problem records at each PDCA stage. */
final class Problems {

    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    static final Instant LATER = NOW.plus(Duration.ofDays(1));

    private Problems() {
    }

    static ProblemRecord aProblem() {
        return ProblemRecord.open("P-2026-000001", ProblemOrigin.BATCH, "Kettles stop heating", null,
                new ProblemScope(ComplaintType.PRODUCT_QUALITY, "KETTLE-K2", null, null),
                "BATCH|PRODUCT_QUALITY|ref:kettle-k2", "system", NOW);
    }

    static RootCauseAnalysis analysis() {
        return RootCauseAnalysis.of(List.of(
                        new WhyStep("Why do kettles stop heating?", "The thermostat fails"),
                        new WhyStep("Why does the thermostat fail?", "It overheats"),
                        new WhyStep("Why does it overheat?", "The supplier changed the alloy")),
                List.of(new FishboneCause(FishboneCategory.SUPPLIER, "Unannounced alloy change")),
                "Supplier changed the thermostat alloy without notice", FishboneCategory.SUPPLIER);
    }

    static CorrectiveActionPlan plan() {
        return CorrectiveActionPlan.of("No thermostat failures", List.of("Return to the old alloy",
                        "Incoming inspection of thermostats"), "quality",
                List.of(new CorrectiveActionPlan.MilestoneDraft("Supplier agreement", LocalDate.parse("2026-12-01")),
                        new CorrectiveActionPlan.MilestoneDraft("Inspection in place", LocalDate.parse("2026-12-15"))),
                "Thermostat complaints back to under 1 per month");
    }

    static ProblemRecord planned() {
        ProblemRecord record = aProblem();
        record.analyse(analysis());
        record.plan(plan());
        return record;
    }

    static ProblemRecord doing() {
        ProblemRecord record = planned();
        record.advance(null, null, "zhang.min", NOW);
        return record;
    }

    static ProblemRecord checking() {
        ProblemRecord record = doing();
        record.completeMilestone(1, null, "zhang.min", NOW);
        record.completeMilestone(2, null, "zhang.min", NOW);
        record.advance(null, null, "zhang.min", NOW);
        return record;
    }

    static ProblemRecord measured() {
        ProblemRecord record = checking();
        MeasurementWindow before = new MeasurementWindow(NOW.minus(Duration.ofDays(30)), NOW);
        MeasurementWindow after = new MeasurementWindow(NOW, NOW.plus(Duration.ofDays(30)));
        record.measure(EffectivenessKpi.COMPLAINTS_PER_30_DAYS, Measurement.of(before, 12), Measurement.of(after, 3),
                "zhang.min", LATER);
        return record;
    }
}
