package dev.crm.complaint.domain;

/** What a survey answer did to its complaint. */
public enum SurveyEffect {
    /** A satisfied (or, by policy, dissatisfied) answer closed it as its follow-up outcome. */
    CLOSED,
    /** A dissatisfied answer reopened it. */
    REOPENED,
    /** The score was kept, the state left alone: the complaint was no longer waiting for this answer. */
    RECORDED,
    /** This survey's answer was taken before: nothing changed. */
    ALREADY_TAKEN
}
