package dev.crm.complaint.web;

import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.domain.problem.EffectivenessKpi;
import dev.crm.complaint.domain.problem.FishboneCategory;
import dev.crm.complaint.domain.problem.MeasurementWindow;
import dev.crm.complaint.domain.problem.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Bodies of the problem record endpoints. What is required and how long text may be is the
 * aggregate's rule (a bad field is a 400 naming it, e.g. {@code whys[2].answer}).
 */
final class ProblemRequests {

    private ProblemRequests() {
    }

    record Open(String title, String description, Scope scope) {
    }

    record Scope(ComplaintType type, String productReference, String productCategory) {
    }

    record Analysis(List<Why> whys, List<Cause> fishbone, String rootCause, FishboneCategory rootCauseCategory) {
    }

    record Why(String why, String answer) {
    }

    record Cause(FishboneCategory category, String cause) {
    }

    record Plan(String goal, List<String> measures, String responsibleDepartment, List<Milestone> milestones,
                String expectedResult) {
    }

    record Milestone(String title, LocalDate dueOn) {
    }

    /** @param effectiveFrom when the measures took effect (PLAN to DO only; default now) */
    record Advance(String note, Instant effectiveFrom) {
    }

    record Reason(String reason) {
    }

    record Note(String note) {
    }

    /** Both windows optional: by default {@code windowDays} before and after the measures took effect. */
    record Measure(EffectivenessKpi kpi, Integer windowDays, Window before, Window after) {
    }

    record Window(Instant from, Instant to) {

        MeasurementWindow toWindow() {
            return new MeasurementWindow(from, to);
        }
    }

    record Judge(Verdict verdict, String note) {
    }

    record Link(String number, String note) {
    }
}
