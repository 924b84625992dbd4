package dev.crm.app.console.web.hr;

import dev.crm.app.console.ConsoleArea;
import dev.crm.core.api.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The training (HR) entries of the navigation. Each role list is the training API's for the same use
 * case (TrainingRoles, EvaluationRoles, AttemptController.CANDIDATES in crm-training's web package).
 */
@Configuration(proxyBeanMethods = false)
class HrArea {

    /** Manage courses, plans and enrolments: TrainingRoles.MANAGERS. */
    static final String MANAGERS = "hasAnyRole('HR', 'ADMIN')";
    /** Read the catalogue, plans and personal records (privacy per record): TrainingRoles.STAFF. */
    static final String STAFF = "hasAnyRole('HR', 'ADMIN', 'SUPERVISOR', 'AGENT')";
    /** Sit assessments and grade them as a named reviewer: AttemptController.CANDIDATES. */
    static final String CANDIDATES = "hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT', 'HR', 'ANALYST')";
    /** Read scorecards (privacy per person): EvaluationRoles.READERS. */
    static final String READERS = "hasAnyRole('HR', 'SUPERVISOR', 'AGENT')";
    /** Read a course's Kirkpatrick evaluation: the evaluation endpoint's HR and SUPERVISOR. */
    static final String EVALUATORS = "hasAnyRole('HR', 'SUPERVISOR')";

    @Bean
    ConsoleArea hrCourses() {
        return ConsoleArea.of("/console/hr/courses", "hr.nav.courses", 500, Role.HR, Role.ADMIN, Role.SUPERVISOR,
                Role.AGENT);
    }

    @Bean
    ConsoleArea hrPlans() {
        return ConsoleArea.of("/console/hr/plans", "hr.nav.plans", 510, Role.HR, Role.ADMIN, Role.SUPERVISOR,
                Role.AGENT);
    }

    @Bean
    ConsoleArea hrMyTraining() {
        return ConsoleArea.of("/console/hr/my-training", "hr.nav.my-training", 520, Role.ADMIN, Role.SUPERVISOR,
                Role.AGENT, Role.HR, Role.ANALYST);
    }

    @Bean
    ConsoleArea hrGrading() {
        return ConsoleArea.of("/console/hr/grading", "hr.nav.grading", 530, Role.ADMIN, Role.SUPERVISOR, Role.AGENT,
                Role.HR, Role.ANALYST);
    }

    @Bean
    ConsoleArea hrScorecards() {
        return ConsoleArea.of("/console/hr/scorecards", "hr.nav.scorecards", 540, Role.HR, Role.SUPERVISOR,
                Role.AGENT);
    }
}
