package dev.crm.complaint.domain.problem;

/**
 * What an effectiveness check measures in the record's scope (type, product, customer), as a rate
 * per 30 days so windows of different length compare.
 */
public enum EffectivenessKpi {
    /** Complaints in scope received per 30 days. */
    COMPLAINTS_PER_30_DAYS,
    /** Repeat complaints ({@code repeatOf} set) in scope received per 30 days. */
    REPEAT_COMPLAINTS_PER_30_DAYS
}
