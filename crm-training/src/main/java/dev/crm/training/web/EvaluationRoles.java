package dev.crm.training.web;

/**
 * Who may call the evaluation endpoints. Results (QA reviews, scorecards, appraisals, evaluations)
 * are for HR, the person and their supervisor chain; ADMIN is not a reader (as for assessment
 * results). Each record is checked again by ResultsPrivacy.
 */
final class EvaluationRoles {

    /** Write QA reviews; rate and record conduct (checked against the chain). */
    static final String REVIEWERS = "hasAnyRole('HR', 'SUPERVISOR')";
    /** Read results: agents their own, supervisors their reports', HR everyone's. */
    static final String READERS = "hasAnyRole('HR', 'SUPERVISOR', 'AGENT')";
    static final String HR = "hasRole('HR')";

    private EvaluationRoles() {
    }
}
