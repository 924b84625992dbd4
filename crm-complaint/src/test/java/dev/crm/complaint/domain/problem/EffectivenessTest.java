package dev.crm.complaint.domain.problem;

import static dev.crm.complaint.domain.problem.Problems.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EffectivenessTest {

    private static final Duration THIRTY_DAYS = Duration.ofDays(30);
    private static final Instant EFFECTIVE = NOW.minus(Duration.ofDays(40));

    @Test
    void byDefaultBothWindowsMeetWhereTheMeasuresTookEffect() {
        EffectivenessWindows windows = EffectivenessWindows.resolve(EFFECTIVE, THIRTY_DAYS, null, null, NOW);

        assertThat(windows.before()).isEqualTo(new MeasurementWindow(EFFECTIVE.minus(THIRTY_DAYS), EFFECTIVE));
        assertThat(windows.after()).isEqualTo(new MeasurementWindow(EFFECTIVE, EFFECTIVE.plus(THIRTY_DAYS)));
    }

    @Test
    void anAfterWindowThatIsNotOverCannotBeMeasured() {
        Instant recently = NOW.minus(Duration.ofDays(10));

        assertThatThrownBy(() -> EffectivenessWindows.resolve(recently, THIRTY_DAYS, null, null, NOW))
                .isInstanceOfSatisfying(BusinessRuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("after.to"));
        assertThat(EffectivenessWindows.resolve(recently, Duration.ofDays(10), null, null, NOW).after().to())
                .isEqualTo(NOW);
    }

    @Test
    void namedWindowsMustLieOnTheirSideOfTheStart() {
        MeasurementWindow overlapping = new MeasurementWindow(EFFECTIVE.minus(THIRTY_DAYS), EFFECTIVE.plusSeconds(1));
        MeasurementWindow early = new MeasurementWindow(EFFECTIVE.minusSeconds(1), NOW);
        MeasurementWindow backwards = new MeasurementWindow(NOW, EFFECTIVE);

        assertThatThrownBy(() -> EffectivenessWindows.resolve(EFFECTIVE, THIRTY_DAYS, overlapping, early, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("before.to", "after.from"));
        assertThatThrownBy(() -> EffectivenessWindows.resolve(EFFECTIVE, THIRTY_DAYS, null, backwards, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).contains("after.to"));
    }

    @Test
    void countsCompareAsRatesPerThirtyDaysAndTheChangeInPercent() {
        Measurement before = Measurement.of(new MeasurementWindow(NOW.minus(Duration.ofDays(60)), NOW), 12);
        Measurement after = Measurement.of(new MeasurementWindow(NOW, NOW.plus(Duration.ofDays(15))), 2);

        EffectivenessCheck check = EffectivenessCheck.measured(1, EffectivenessKpi.COMPLAINTS_PER_30_DAYS, before,
                after, "zhang.min", NOW);

        assertThat(before.per30Days()).isEqualByComparingTo("6.00");
        assertThat(after.per30Days()).isEqualByComparingTo("4.00");
        assertThat(check.changePercent()).isEqualByComparingTo(new BigDecimal("-33.3"));
        Measurement none = Measurement.of(new MeasurementWindow(NOW.minus(THIRTY_DAYS), NOW), 0);
        assertThat(EffectivenessCheck.measured(1, EffectivenessKpi.COMPLAINTS_PER_30_DAYS, none, after, "x", NOW)
                .changePercent()).isNull();
    }
}
