package dev.crm.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.IllegalStateTransitionException;
import dev.crm.training.api.CourseCategory;
import dev.crm.training.api.DeliveryForm;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnrolmentTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-22");

    private final Course advanced = Course.offer("ADV-1", CourseContent.of("Difficult customers",
            CourseCategory.PROBLEM_SOLVING_AND_EMERGENCY_HANDLING, DeliveryForm.SIMULATION_DRILL, 120, null, List.of(),
            "hr", List.of("BASE-1"), 12), "hr", NOW);

    @Test
    void anEnrolmentKeepsTheVersionItTook() {
        Enrolment enrolment = enrol(advanced);
        Course revised = advanced.revise(CourseContent.of("Difficult customers II",
                CourseCategory.PROBLEM_SOLVING_AND_EMERGENCY_HANDLING, DeliveryForm.SIMULATION_DRILL, 150, null,
                List.of(), "hr", List.of(), 12), "hr", NOW);

        assertThat(enrolment.courseRevision()).isEqualTo(1);
        assertThat(enrol(revised).courseRevision()).isEqualTo(2);
    }

    @Test
    void completionNeedsThePrerequisitesAndAnAttendedSession() {
        Enrolment enrolment = enrol(advanced);

        assertThatThrownBy(() -> enrolment.complete(advanced.current(), Set.of(), null, "hr", NOW))
                .isInstanceOf(BusinessRuleViolationException.class)
                .satisfies(e -> assertThat(((BusinessRuleViolationException) e).violations())
                        .extracting(v -> v.field()).containsExactly("prerequisites", "attendance"));
        enrolment.recordAttendance(TODAY, true, 120, null, TODAY, "hr", NOW);
        enrolment.complete(advanced.current(), Set.of("BASE-1"), 92, "hr", NOW);

        assertThat(enrolment.status()).isEqualTo(EnrolmentStatus.COMPLETED);
        assertThat(enrolment.isCertificateDue()).isTrue();
        assertThatThrownBy(() -> enrolment.cancel("late", "hr", NOW))
                .isInstanceOf(IllegalStateTransitionException.class);
    }

    @Test
    void theVersionTakenDecidesThePrerequisites() {
        Enrolment enrolment = enrol(advanced);
        enrolment.recordAttendance(TODAY, true, 60, null, TODAY, "hr", NOW);
        Course relaxed = advanced.revise(CourseContent.of("Difficult customers",
                CourseCategory.PROBLEM_SOLVING_AND_EMERGENCY_HANDLING, DeliveryForm.SIMULATION_DRILL, 120, null,
                List.of(), "hr", List.of(), 12), "hr", NOW);

        assertThatThrownBy(() -> enrolment.complete(relaxed.revisionOf(1).orElseThrow(), Set.of(), null, "hr", NOW))
                .isInstanceOf(BusinessRuleViolationException.class);
    }

    @Test
    void overdueMeansOpenAndPastItsDueDate() {
        Enrolment enrolment = enrol(advanced);

        assertThat(enrolment.isOverdue(TODAY.plusDays(30))).isFalse();
        assertThat(enrolment.isOverdue(TODAY.plusDays(31))).isTrue();
        enrolment.cancel("left the company", "hr", NOW);
        assertThat(enrolment.isOverdue(TODAY.plusDays(31))).isFalse();
    }

    @Test
    void dueDatesLieAheadAndAttendanceIsNotRecordedInAdvance() {
        assertThatThrownBy(() -> Enrolment.enrol("e", "wang", advanced, EnrolmentReason.ASSIGNED, null, null,
                TODAY.minusDays(1), TODAY, "hr", NOW)).isInstanceOf(BusinessRuleViolationException.class);
        Enrolment enrolment = enrol(advanced);
        assertThatThrownBy(() -> enrolment.recordAttendance(TODAY.plusDays(1), true, 60, null, TODAY, "hr", NOW))
                .isInstanceOf(dev.crm.core.api.InvalidInputException.class);
    }

    @Test
    void aTriggerJoinsAnOpenEnrolmentOnce() {
        Enrolment enrolment = Enrolment.enrol("e", "wang", advanced, EnrolmentReason.REMEDIAL, null,
                "complaint:C-1:wang", TODAY.plusDays(30), TODAY, "system", NOW);

        assertThat(enrolment.alsoTriggeredBy("complaint:C-1:wang")).isFalse();
        assertThat(enrolment.alsoTriggeredBy("complaint:C-2:wang")).isTrue();
        assertThat(enrolment.alsoTriggeredBy("complaint:C-2:wang")).isFalse();
        assertThat(enrolment.isTriggeredBy("complaint:C-2:wang")).isTrue();
    }

    private static Enrolment enrol(Course course) {
        return Enrolment.enrol("e-" + course.revision(), "wang", course, EnrolmentReason.ASSIGNED, null, null,
                TODAY.plusDays(30), TODAY, "hr", NOW);
    }
}
