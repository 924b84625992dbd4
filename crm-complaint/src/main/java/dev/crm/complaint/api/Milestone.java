package dev.crm.complaint.api;

/**
 * The points of a complaint's life that have SLA targets (DOMAIN.md §1.5). All but SURVEY count
 * from receipt; SURVEY counts from resolution.
 */
public enum Milestone {
    REGISTER, ACCEPT, FIRST_RESPONSE, ANALYSIS, RESOLUTION, SURVEY;

    public boolean countsFromResolution() {
        return this == SURVEY;
    }
}
