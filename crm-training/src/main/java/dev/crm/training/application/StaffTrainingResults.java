package dev.crm.training.application;

import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.training.api.CourseEvaluation;
import dev.crm.training.api.Scorecard;
import dev.crm.training.api.TrainingResults;
import dev.crm.training.domain.ReviewPeriod;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/** {@link TrainingResults} over the scorecard and evaluation services, which apply the privacy rules. */
@Service
class StaffTrainingResults implements TrainingResults {

    private final Scorecards scorecards;
    private final CourseEvaluations evaluations;

    StaffTrainingResults(Scorecards scorecards, CourseEvaluations evaluations) {
        this.scorecards = scorecards;
        this.evaluations = evaluations;
    }

    @Override
    public ResultPage<Scorecard> scorecards(String period, String departmentCode, PageQuery page) {
        return scorecards.list(ReviewPeriod.parse(period, "period"),
                departmentCode == null || departmentCode.isBlank() ? null : departmentCode.strip(), page);
    }

    @Override
    public Scorecard scorecard(String staff, String period) {
        return scorecards.of(staff, ReviewPeriod.parse(period, "period"));
    }

    @Override
    public CourseEvaluation evaluation(String courseCode, Integer windowDays, LocalDate completedFrom,
                                       LocalDate completedTo) {
        return evaluations.evaluate(courseCode, windowDays, completedFrom, completedTo);
    }
}
