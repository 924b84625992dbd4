package dev.crm.complaint.domain.crisis;

/**
 * The crisis level from severity, scope and customer emotion (004 §6.3 names the three factors but
 * gives no scale). <b>Decision:</b> each factor scores 1 to 3; a total of 7 or more is CRITICAL;
 * 5 or 6, or any EXTREME severity (danger to people or the law is never minor), is SEVERE; else
 * MAJOR. Every crisis is a major incident: MAJOR is the lowest level.
 */
public enum CrisisLevel {
    MAJOR, SEVERE, CRITICAL;

    public static CrisisLevel of(Severity severity, CrisisScope scope, CustomerEmotion emotion) {
        int points = severity.points + scope.points + emotion.points;
        if (points >= 7) {
            return CRITICAL;
        }
        if (points >= 5 || severity == Severity.EXTREME) {
            return SEVERE;
        }
        return MAJOR;
    }
}
