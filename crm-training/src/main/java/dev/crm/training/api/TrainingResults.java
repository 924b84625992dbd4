package dev.crm.training.api;

import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import java.time.LocalDate;

/**
 * Results for the web console, private as in the REST API: HR sees everyone's, a supervisor their
 * chain's reports', a person their own (403 otherwise); lists hold only the people the caller may see.
 */
public interface TrainingResults {

    /** @param period {@code 2026-Q1}, {@code 2026-03} or {@code 2026} (400 naming {@code period} otherwise) */
    ResultPage<Scorecard> scorecards(String period, String departmentCode, PageQuery page);

    Scorecard scorecard(String staff, String period);

    /** The four Kirkpatrick levels over the participants the caller may see. */
    CourseEvaluation evaluation(String courseCode, Integer windowDays, LocalDate completedFrom, LocalDate completedTo);
}
