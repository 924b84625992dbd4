package dev.crm.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.IllegalStateTransitionException;
import dev.crm.training.api.CourseCategory;
import dev.crm.training.api.DeliveryForm;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TrainingPlanTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private final Course course = Course.offer("CRM-1", "CRM basics", CourseCategory.CRM, DeliveryForm.ONLINE, 60,
            null, "hr", NOW);

    @Test
    void thePlanFollowsNeedsAnalysisCourseDesignDeliveryEvaluation() {
        TrainingPlan plan = TrainingPlan.draft("p", "EAST-T1", LocalDate.parse("2027-01-01"),
                LocalDate.parse("2027-03-31"), "Q1", null, "hr", NOW);

        assertThatThrownBy(() -> plan.advance("hr", NOW)).isInstanceOf(BusinessRuleViolationException.class);
        plan.recordNeedsAnalysis("Repeat complaints about wrong information", "hr", NOW);
        assertThat(plan.advance("hr", NOW)).isEqualTo(PlanStage.COURSE_DESIGN);
        assertThatThrownBy(() -> plan.advance("hr", NOW)).isInstanceOf(BusinessRuleViolationException.class);
        assertThatThrownBy(() -> plan.planCourse(course, LocalDate.parse("2027-04-01"), null, "hr", NOW))
                .isInstanceOf(BusinessRuleViolationException.class);
        plan.planCourse(course, LocalDate.parse("2027-02-15"), "frontline agents", "hr", NOW);
        assertThat(plan.advance("hr", NOW)).isEqualTo(PlanStage.DELIVERY);
        assertThatThrownBy(() -> plan.planCourse(course, LocalDate.parse("2027-02-16"), null, "hr", NOW))
                .isInstanceOf(IllegalStateTransitionException.class);
        assertThat(plan.advance("hr", NOW)).isEqualTo(PlanStage.EVALUATION);
        assertThat(plan.advance("hr", NOW)).isEqualTo(PlanStage.CLOSED);
        assertThat(plan.stages()).hasSize(5);
    }
}
