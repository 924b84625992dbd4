package dev.crm.complaint.web;

import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.domain.problem.EffectivenessKpi;
import dev.crm.complaint.domain.problem.FishboneCategory;
import dev.crm.complaint.domain.problem.LinkReason;
import dev.crm.complaint.domain.problem.PdcaStage;
import dev.crm.complaint.domain.problem.ProblemOrigin;
import dev.crm.complaint.domain.problem.Verdict;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A problem record as the API shows it; {@code crisis} is the number of the crisis declared on it. */
record ProblemResponse(String number, String title, String description, ProblemOrigin origin, ScopeResponse scope,
                       PdcaStage stage, int cycle, Instant openedAt, String openedBy, Instant measuresEffectiveFrom,
                       Instant closedAt, List<LinkedComplaintResponse> complaints, AnalysisResponse analysis,
                       PlanResponse plan, List<TransitionResponse> transitions, List<CheckResponse> checks,
                       String crisis, Long version) {

    record ScopeResponse(ComplaintType type, String productReference, String productCategory, String customerKey) {
    }

    record LinkedComplaintResponse(String number, boolean linked, LinkReason reason, Instant linkedAt, String linkedBy,
                                   String note, Instant unlinkedAt, String unlinkedBy, String unlinkReason) {
    }

    record AnalysisResponse(List<WhyResponse> whys, List<CauseResponse> fishbone, String rootCause,
                            FishboneCategory rootCauseCategory) {
    }

    record WhyResponse(String why, String answer) {
    }

    record CauseResponse(FishboneCategory category, String cause) {
    }

    record PlanResponse(String goal, List<String> measures, String responsibleDepartment,
                        List<MilestoneResponse> milestones, String expectedResult) {
    }

    record MilestoneResponse(int no, String title, LocalDate dueOn, boolean settled, Instant doneAt, String doneBy,
                             Instant skippedAt, String skippedBy, String note) {
    }

    record TransitionResponse(PdcaStage from, PdcaStage to, int cycle, String by, Instant at, String note) {
    }

    record CheckResponse(int cycle, EffectivenessKpi kpi, MeasurementResponse before, MeasurementResponse after,
                         BigDecimal changePercent, Instant measuredAt, String measuredBy, Verdict verdict,
                         String verdictNote, String verdictBy, Instant verdictAt) {
    }

    record MeasurementResponse(Instant from, Instant to, long complaints, BigDecimal per30Days) {
    }
}
