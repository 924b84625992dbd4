package dev.crm.complaint.domain.crisis;

/** How grave the harm is: inconvenience, real loss, or danger to health, safety or the law. */
public enum Severity {
    MODERATE(1), HIGH(2), EXTREME(3);

    final int points;

    Severity(int points) {
        this.points = points;
    }
}
