package dev.crm.complaint.domain;

/**
 * What the KPI aggregation counts over the surveys answered in one bucket (and group).
 *
 * @param csatAnswered     answers with a CSAT score (1..5), any survey kind
 * @param csatSum          the sum of those scores
 * @param satisfied        of those, scores of 4 or 5 (satisfied, very satisfied)
 * @param handlingAnswered post-resolution answers with a CSAT score: complaint-handling satisfaction
 * @param handlingSatisfied of those, scores of 4 or 5
 * @param npsAnswered      answers with an NPS score (0..10), any survey kind
 * @param promoters        scores of 9 or 10
 * @param detractors       scores of 0 to 6
 */
public record SurveyCounts(long csatAnswered, long csatSum, long satisfied, long handlingAnswered,
                           long handlingSatisfied, long npsAnswered, long promoters, long detractors) {

    public static final SurveyCounts NONE = new SurveyCounts(0, 0, 0, 0, 0, 0, 0, 0);
}
