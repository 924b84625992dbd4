package dev.crm.training.web;

/**
 * Who may call what: HR (and admins) manage the organisation, courses, plans, enrolments and the
 * remedial mapping; supervisors and agents read the shared parts (organisation, catalogue, plans)
 * and the personal records of themselves and their reports (checked per record by TrainingPrivacy).
 */
final class TrainingRoles {

    static final String MANAGERS = "hasAnyRole('HR', 'ADMIN')";
    static final String STAFF = "hasAnyRole('HR', 'ADMIN', 'SUPERVISOR', 'AGENT')";
    static final String OVERSEERS = "hasAnyRole('HR', 'ADMIN', 'SUPERVISOR')";

    private TrainingRoles() {
    }
}
