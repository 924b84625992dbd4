package dev.crm.complaint.api;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * One agent's service figures over a time interval, for the training module's scorecards (staff
 * KPIs whose change shows whether training worked). The agent's complaints are those they own —
 * first-inquiry responsibility makes the owner answer for the case to the end (DOMAIN.md §1.2) —
 * received in {@code [from, to)}; survey figures are those answered in the interval about the agent.
 * Shares and means are null when there is nothing to measure.
 */
public interface AgentServiceFigures {

    AgentFigures of(String username, Instant from, Instant to);

    /**
     * The same figures for many agents at once, in one pass over the interval's complaints and
     * surveys grouped by agent (a scorecard run over a whole department or company), in the order
     * asked; an agent with nothing in the interval gets zero counts and null shares.
     */
    List<AgentFigures> ofAgents(Collection<String> usernames, Instant from, Instant to);

    /**
     * @param handled                        complaints owned, received in the interval
     * @param resolved                       of those, resolved at least once
     * @param resolutionRatePercent          resolved of handled
     * @param firstResponseCompliancePercent first responses within target, of those decided
     * @param resolutionCompliancePercent    resolutions within target, of those decided
     * @param meanResponseSeconds            receipt to first response
     * @param meanResolutionSeconds          receipt to resolution
     * @param handlingSatisfactionPercent    satisfied or very satisfied post-resolution answers
     * @param surveysAnswered                answered surveys with a CSAT score
     * @param csat                           their mean score (1..5)
     * @param reopened                       of the handled complaints, reopened at least once
     */
    record AgentFigures(String username, Instant from, Instant to, long handled, long resolved,
                        Double resolutionRatePercent, Double firstResponseCompliancePercent,
                        Double resolutionCompliancePercent, Double meanResponseSeconds, Double meanResolutionSeconds,
                        Double handlingSatisfactionPercent, long surveysAnswered, Double csat, long reopened) {
    }
}
