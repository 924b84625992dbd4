package dev.crm.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import dev.crm.training.api.ScoreChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppraisalTest {

    private static final Instant AT = Instant.parse("2031-04-02T09:00:00Z");

    private static AppraisalScheme scheme(int quantitative, int qualitative, int process) {
        return AppraisalScheme.define("std", "Standard", AppraisalScheme.Weights.of(quantitative, qualitative, process),
                null, "hr.li", AT);
    }

    private static List<String> fields(Throwable e) {
        return ((InvalidInputException) e).violations().stream().map(FieldViolation::field).toList();
    }

    @Test
    void weightsMustSumToAHundredAndEachLieBetweenZeroAndAHundred() {
        assertThatThrownBy(() -> AppraisalScheme.Weights.of(50, 30, 10))
                .satisfies(e -> assertThat(fields(e)).containsExactly("weights"))
                .hasMessageContaining("90");
        assertThatThrownBy(() -> AppraisalScheme.Weights.of(120, -20, 0))
                .satisfies(e -> assertThat(fields(e)).containsExactly("weights.quantitative", "weights.qualitative"));
        assertThatThrownBy(() -> AppraisalScheme.Weights.of(null, 50, 50))
                .satisfies(e -> assertThat(fields(e)).containsExactly("weights.quantitative"));
        assertThat(AppraisalScheme.Weights.of(60, 30, 10).quantitative()).isEqualTo(60);
    }

    @Test
    void bandsNeedOneStartingAtZeroAndDistinctThresholds() {
        AppraisalScheme.Weights weights = AppraisalScheme.Weights.of(50, 30, 20);
        assertThatThrownBy(() -> AppraisalScheme.define("x", "X", weights,
                List.of(new AppraisalScheme.Band("TOP", 80), new AppraisalScheme.Band("OK", 80)), "hr", AT))
                .satisfies(e -> assertThat(fields(e)).containsExactly("bands[1].minScore", "bands"));
        assertThatThrownBy(() -> AppraisalScheme.define("x", "X", weights,
                List.of(new AppraisalScheme.Band("TOP", 101), new AppraisalScheme.Band("REST", 0)), "hr", AT))
                .satisfies(e -> assertThat(fields(e)).containsExactly("bands[0].minScore"));
        AppraisalScheme standard = scheme(50, 30, 20);
        assertThat(standard.bands()).extracting(AppraisalScheme.Band::name)
                .containsExactly("OUTSTANDING", "GOOD", "ADEQUATE", "NEEDS_IMPROVEMENT");
        assertThat(AppraisalScheme.bandOf(standard.bands(), new BigDecimal("90.00"))).isEqualTo("OUTSTANDING");
        assertThat(AppraisalScheme.bandOf(standard.bands(), new BigDecimal("89.99"))).isEqualTo("GOOD");
        assertThat(AppraisalScheme.bandOf(standard.bands(), new BigDecimal("59.99"))).isEqualTo("NEEDS_IMPROVEMENT");
    }

    @Test
    void kpiFiguresBecomeTheMeanOfTheMeasuredOnesWithCsatMappedToAHundred() {
        // 80 + 90 + 70 + 60 + (4.2 - 1) / 4 * 100 = 80 → 380 / 5 = 76.
        assertThat(new KpiScore(80.0, 90.0, 70.0, 60.0, 4.2).score()).isEqualByComparingTo("76.00");
        // Only two measured: (50 + 100) / 2; nothing measured: null, not 0.
        assertThat(new KpiScore(50.0, null, null, null, 5.0).score()).isEqualByComparingTo("75.00");
        assertThat(new KpiScore(null, null, null, null, null).score()).isNull();
    }

    @Test
    void theFinalScoreWeighsThePartsAndFindsItsBand() {
        Appraisal appraisal = Appraisal.open("wang.fang", ReviewPeriod.parse("2031-Q1", "period"), scheme(50, 30, 20),
                new KpiScore(80.0, 90.0, 70.0, 60.0, 4.2), "hr.li", AT);
        assertThat(appraisal.quantitativeScore()).isEqualByComparingTo("76.00");
        assertThat(appraisal.finalScore()).isNull();
        appraisal.rate(90, "steady", "lead.zhao", AT);
        assertThat(appraisal.finalScore()).as("conduct still missing").isNull();
        appraisal.recordConduct(100, null, "hr.li", AT);
        // 0.5 * 76 + 0.3 * 90 + 0.2 * 100 = 38 + 27 + 20 = 85.
        assertThat(appraisal.finalScore()).isEqualByComparingTo("85.00");
        assertThat(appraisal.band()).isEqualTo("GOOD");
    }

    @Test
    void withoutKpisTheJudgedPartsCountInProportion() {
        Appraisal appraisal = Appraisal.open("new.hire", ReviewPeriod.parse("2031-03", "period"), scheme(50, 30, 20),
                new KpiScore(null, null, null, null, null), "hr.li", AT);
        appraisal.rate(80, null, "lead.zhao", AT);
        appraisal.recordConduct(90, null, "hr.li", AT);
        // (30 * 80 + 20 * 90) / 50 = 84.
        assertThat(appraisal.finalScore()).isEqualByComparingTo("84.00");
    }

    @Test
    void nobodyRatesThemselvesAndRatingsStayOnTheScale() {
        Appraisal appraisal = Appraisal.open("wang.fang", ReviewPeriod.parse("2031", "period"), scheme(50, 30, 20),
                new KpiScore(80.0, null, null, null, null), "hr.li", AT);
        assertThatThrownBy(() -> appraisal.rate(100, null, "wang.fang", AT))
                .isInstanceOf(BusinessRuleViolationException.class);
        assertThatThrownBy(() -> appraisal.rate(101, null, "lead.zhao", AT))
                .satisfies(e -> assertThat(fields(e)).containsExactly("rating"));
        assertThatThrownBy(() -> appraisal.grant(Appraisal.IncentiveKind.HONOUR, null, null, "Service Star", null,
                "hr.li", AT)).isInstanceOf(BusinessRuleViolationException.class);
        appraisal.rate(70, null, "lead.zhao", AT);
        appraisal.recordConduct(70, null, "lead.zhao", AT);
        assertThatThrownBy(() -> appraisal.grant(Appraisal.IncentiveKind.BONUS, null, null, null, null, "hr.li", AT))
                .satisfies(e -> assertThat(fields(e)).containsExactly("amount"));
        appraisal.grant(Appraisal.IncentiveKind.BONUS, new BigDecimal("1500.00"), null, null, "Q result", "hr.li", AT);
        assertThat(appraisal.incentives()).singleElement()
                .satisfies(i -> assertThat(i.currency()).isEqualTo("CNY"));
    }

    @Test
    void changesAreNullWhenEitherWindowIsEmpty() {
        assertThat(ScoreChange.of(null, 80.0)).isEqualTo(new ScoreChange(null, 80.0, null));
        assertThat(ScoreChange.of(70.0, null).change()).isNull();
        assertThat(ScoreChange.of(null, null).change()).isNull();
        assertThat(ScoreChange.of(62.5, 75.0).change()).isEqualTo(12.5);
        assertThat(ScoreChange.of(7200.0, 3600.0).change()).isEqualTo(-3600.0);
    }

    @Test
    void serviceStarTiesGoToKpisThenRatingAndFullTiesShareTheRank() {
        List<ServiceStarRanking.Contender> contenders = List.of(
                contender("d", "88.00", "70.00", 90),
                contender("c", "88.00", "80.00", 60),
                contender("b", "90.00", "50.00", 100),
                contender("e", "88.00", "70.00", 90),
                contender("a", "70.00", "99.00", 99),
                contender("f", null, "99.00", null));
        List<ServiceStarRanking.Place> places = ServiceStarRanking.top(contenders, 3);
        assertThat(places).extracting(p -> p.rank() + ":" + p.contender().staff())
                .containsExactly("1:b", "2:c", "3:d", "3:e");
        assertThat(ServiceStarRanking.top(contenders, 2)).extracting(p -> p.contender().staff()).containsExactly("b", "c");
        assertThat(ServiceStarRanking.top(contenders, 10)).extracting(p -> p.contender().staff())
                .containsExactly("b", "c", "d", "e", "a");
    }

    private static ServiceStarRanking.Contender contender(String staff, String score, String kpi, Integer rating) {
        return new ServiceStarRanking.Contender(staff, score == null ? null : new BigDecimal(score),
                new BigDecimal(kpi), rating);
    }

    @Test
    void periodsAreMonthsQuartersOrYears() {
        assertThat(ReviewPeriod.parse("2031-q2", "period")).isEqualTo(new ReviewPeriod("2031-Q2",
                LocalDate.parse("2031-04-01"), LocalDate.parse("2031-06-30")));
        assertThat(ReviewPeriod.parse("2032-02", "period").lastDay()).isEqualTo(LocalDate.parse("2032-02-29"));
        assertThat(ReviewPeriod.parse("2031", "period").lastDay()).isEqualTo(LocalDate.parse("2031-12-31"));
        assertThatThrownBy(() -> ReviewPeriod.parse("2031-Q5", "period"))
                .satisfies(e -> assertThat(fields(e)).containsExactly("period"));
    }

    @Test
    void qaMarksStayOnTheScaleAndNobodyReviewsThemselves() {
        assertThatThrownBy(() -> new QaReview.Scores(0, 5, 6, null)).satisfies(e -> assertThat(fields(e))
                .containsExactly("scores.informationAccuracy", "scores.attitude", "scores.courtesy"));
        QaReview.Scores scores = new QaReview.Scores(5, 4, 3, 4);
        // (5 + 4 + 3 + 4 - 4) / 16 = 75 %.
        assertThat(scores.percent()).isEqualByComparingTo("75.00");
        assertThatThrownBy(() -> QaReview.record("id", "lead.zhao", "lead.zhao", "C-1", AT, scores, null, AT))
                .isInstanceOf(BusinessRuleViolationException.class)
                .satisfies(e -> assertThat(((BusinessRuleViolationException) e).violations())
                        .extracting(FieldViolation::field).containsExactly("reviewee"));
    }
}
