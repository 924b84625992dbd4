package dev.crm.training.domain;

/** A reviewer's points for one rubric criterion of an open answer, with an optional comment. */
public record CriterionGrade(String criterionId, int points, String comment) {
}
