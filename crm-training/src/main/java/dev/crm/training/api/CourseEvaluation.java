package dev.crm.training.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A course on the four Kirkpatrick levels, over its participants (people who completed it, once
 * each) the reader may see. Level 3 and 4 compare a window of {@code windowDays} before each
 * participant's completion day with one as long from that day on.
 */
public record CourseEvaluation(String courseCode, int windowDays, LocalDate completedFrom, LocalDate completedTo,
                               int participants, Reaction reaction, Learning learning, Behaviour behaviour,
                               Results results) {

    /** Level 1: the participants' reaction surveys; means of the 1–5 ratings, null without answers. */
    public record Reaction(int responses, Double relevance, Double delivery, Double applicability,
                           List<String> comments) {
    }

    /**
     * Level 2: graded attempts at the course's assessments; each assessed participant counts with their
     * best score; passed: participants with a passing attempt.
     */
    public record Learning(int assessed, int gradedAttempts, Double meanBestScorePercent, int passed,
                           Double passRatePercent) {
    }

    /** Level 3: QA review percentages (0–100) of interactions before and after. */
    public record Behaviour(int reviewsBefore, int reviewsAfter, ScoreChange scorePercent) {
    }

    /**
     * Level 4: the participants' service figures before and after, with the sample sizes. Rates are
     * pooled (resolved of handled); means are weighted by each person's sample (complaints handled for
     * the response time, resolved for the resolution time, surveys answered for satisfaction and CSAT).
     */
    public record Results(long complaintsBefore, long complaintsAfter, long surveysBefore, long surveysAfter,
                          ScoreChange meanResponseSeconds, ScoreChange meanResolutionSeconds,
                          ScoreChange resolutionRatePercent, ScoreChange handlingSatisfactionPercent,
                          ScoreChange csat) {
    }
}
