package dev.crm.complaint.domain.crisis;

/** How far the crisis reaches: one site or customer group, a region, the whole market or the public. */
public enum CrisisScope {
    LOCAL(1), REGIONAL(2), NATIONWIDE(3);

    final int points;

    CrisisScope(int points) {
        this.points = points;
    }
}
