package dev.crm.training.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One drawn question of an attempt: a copy of the question (so later bank edits change nothing),
 * the order its options are shown in, the candidate's answer, and its points once graded —
 * automatically for closed kinds at submit, by a reviewer per criterion for open kinds.
 */
public record AttemptItem(Question question, List<String> optionOrder, AttemptAnswer answer, Instant answeredAt,
                          BigDecimal points, List<CriterionGrade> grades, String gradedBy, Instant gradedAt) {

    public AttemptItem {
        optionOrder = optionOrder == null ? List.of() : List.copyOf(optionOrder);
        grades = grades == null ? List.of() : List.copyOf(grades);
    }

    static AttemptItem drawn(Question question, List<String> optionOrder) {
        return new AttemptItem(question, optionOrder, null, null, null, List.of(), null, null);
    }

    public String questionId() {
        return question.id();
    }

    public boolean isGraded() {
        return points != null;
    }

    AttemptItem answered(AttemptAnswer answer, Instant at) {
        return new AttemptItem(question, optionOrder, answer, at, points, grades, gradedBy, gradedAt);
    }

    AttemptItem scored(BigDecimal points) {
        return new AttemptItem(question, optionOrder, answer, answeredAt, points, grades, gradedBy, gradedAt);
    }

    AttemptItem graded(List<CriterionGrade> grades, String by, Instant at) {
        int sum = grades.stream().mapToInt(CriterionGrade::points).sum();
        return new AttemptItem(question, optionOrder, answer, answeredAt, BigDecimal.valueOf(sum).setScale(2),
                grades, by, at);
    }
}
