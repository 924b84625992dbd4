package dev.crm.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.complaint.api.ComplaintType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpiFiguresTest {

    @Test
    void nothingToDivideByGivesNullsNeverZeroOrNaN() {
        KpiFigures empty = KpiFigures.of(ComplaintCounts.NONE, SurveyCounts.NONE, 0L, 0L, 90);

        assertThat(empty.complaints()).isZero();
        assertThat(empty.firstResponseSla().percent()).isNull();
        assertThat(empty.resolutionSla().percent()).isNull();
        assertThat(empty.responseTime().meanSeconds()).isNull();
        assertThat(empty.responseTime().medianSeconds()).isNull();
        assertThat(empty.complaintRate().perThousandActiveCustomers()).isNull();
        assertThat(empty.complaintRate().perThousandOrders()).isNull();
        assertThat(empty.repeatComplaints().percent()).isNull();
        assertThat(empty.reopened().percent()).isNull();
        assertThat(empty.handlingSatisfaction().percent()).isNull();
        assertThat(empty.handlingSatisfaction().belowTarget()).isNull();
        assertThat(empty.csat().mean()).isNull();
        assertThat(empty.nps().score()).isNull();
        assertThat(empty.topTypes()).isEmpty();
    }

    @Test
    void sharesMeansAndRatesFromTheCounts() {
        // 7 complaints; first response 2 of 3 decided; durations: 3 summing 10 s (median 2 s, p90 7 s).
        ComplaintCounts counts = new ComplaintCounts(7, 3, 2, 4, 4,
                new ComplaintCounts.Durations(3, 10_000, 2_000L, 7_000L), ComplaintCounts.Durations.NONE, 1, 6, 2,
                List.of(new KpiFigures.TypeCount(ComplaintType.PRICE, 4), new KpiFigures.TypeCount(ComplaintType.SERVICE, 3)));
        // 9 answers with a score summing 37, 8 satisfied; post-resolution 10 of which 9 satisfied;
        // NPS 4 answers: 3 promoters, 1 detractor.
        SurveyCounts surveys = new SurveyCounts(9, 37, 8, 10, 9, 4, 3, 1);

        KpiFigures figures = KpiFigures.of(counts, surveys, 3000L, 7000L, 90);

        assertThat(figures.firstResponseSla().percent()).isEqualTo(66.67);
        assertThat(figures.resolutionSla().percent()).isEqualTo(100.0);
        assertThat(figures.responseTime().meanSeconds()).isEqualTo(3.333);
        assertThat(figures.responseTime().medianSeconds()).isEqualTo(2.0);
        assertThat(figures.responseTime().p90Seconds()).isEqualTo(7.0);
        assertThat(figures.resolutionTime().count()).isZero();
        assertThat(figures.resolutionTime().meanSeconds()).isNull();
        assertThat(figures.complaintRate().perThousandActiveCustomers()).isEqualTo(2.333);
        assertThat(figures.complaintRate().perThousandOrders()).isEqualTo(1.0);
        assertThat(figures.repeatComplaints().percent()).isEqualTo(14.29);
        assertThat(figures.reopened().percent()).isEqualTo(33.33);
        // 9 of 10 is exactly the 90 % target: not below it.
        assertThat(figures.handlingSatisfaction().percent()).isEqualTo(90.0);
        assertThat(figures.handlingSatisfaction().belowTarget()).isFalse();
        assertThat(figures.csat().mean()).isEqualTo(4.11);
        assertThat(figures.csat().satisfiedPercent()).isEqualTo(88.89);
        assertThat(figures.nps().score()).isEqualTo(50.0);
    }

    @Test
    void belowTargetComparesTheUnroundedShare() {
        // 899 of 1000 = 89.9 %, and 8999 of 10000 rounds to 89.99: both below 90.
        assertThat(handling(899, 1000).belowTarget()).isTrue();
        assertThat(handling(8999, 10000).belowTarget()).isTrue();
        // 89999 of 100000 rounds to 90.00 but is still below the target.
        KpiFigures.HandlingSatisfaction almost = handling(89999, 100000);
        assertThat(almost.percent()).isEqualTo(90.0);
        assertThat(almost.belowTarget()).isTrue();
        KpiFigures configured = KpiFigures.of(ComplaintCounts.NONE, new SurveyCounts(0, 0, 0, 10, 8, 0, 0, 0), null,
                null, 75);
        assertThat(configured.handlingSatisfaction().belowTarget()).isFalse();
        assertThat(configured.handlingSatisfaction().targetPercent()).isEqualTo(75.0);
    }

    @Test
    void npsRunsFromMinusToPlusOneHundred() {
        assertThat(nps(0, 5, 5)).isEqualTo(-100.0);
        assertThat(nps(5, 0, 5)).isEqualTo(100.0);
        assertThat(nps(1, 1, 3)).isEqualTo(0.0);
    }

    @Test
    void onlyTheFiveMostFrequentTypesAreListed() {
        List<KpiFigures.TypeCount> seven = Arrays.stream(ComplaintType.values()).limit(7)
                .map(type -> new KpiFigures.TypeCount(type, 10 - type.ordinal())).toList();
        ComplaintCounts counts = ComplaintCounts.NONE.withTopTypes(seven);

        assertThat(KpiFigures.of(counts, SurveyCounts.NONE, null, null, 90).topTypes()).hasSize(5)
                .first().extracting(KpiFigures.TypeCount::type).isEqualTo(ComplaintType.SERVICE);
    }

    @Test
    void nearestRankPicksAnObservedValueAtRankCeilingOfPTimesN() {
        // n = 1: every percentile is the only value.
        assertThat(ComplaintCounts.Durations.nearestRankIndex(50, 1)).isZero();
        assertThat(ComplaintCounts.Durations.nearestRankIndex(90, 1)).isZero();
        // n = 4: median rank ⌈2⌉ = 2 (index 1, the lower middle), p90 rank ⌈3.6⌉ = 4.
        assertThat(ComplaintCounts.Durations.nearestRankIndex(50, 4)).isEqualTo(1);
        assertThat(ComplaintCounts.Durations.nearestRankIndex(90, 4)).isEqualTo(3);
        // n = 10: p90 rank exactly 9, not 10 (integer arithmetic: no 9.000000001 rounding up).
        assertThat(ComplaintCounts.Durations.nearestRankIndex(90, 10)).isEqualTo(8);
        assertThat(ComplaintCounts.Durations.nearestRankIndex(50, 5)).isEqualTo(2);
        assertThatThrownBy(() -> ComplaintCounts.Durations.nearestRankIndex(50, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static KpiFigures.HandlingSatisfaction handling(long satisfied, long answered) {
        return KpiFigures.of(ComplaintCounts.NONE, new SurveyCounts(0, 0, 0, answered, satisfied, 0, 0, 0), null, null,
                90).handlingSatisfaction();
    }

    private static Double nps(long promoters, long detractors, long answered) {
        return KpiFigures.of(ComplaintCounts.NONE, new SurveyCounts(0, 0, 0, 0, 0, answered, promoters, detractors),
                null, null, 90).nps().score();
    }
}
