package dev.crm.training.domain;

/** An answer to one question of an attempt, as given with a submit. */
public record QuestionAnswer(String questionId, AttemptAnswer answer) {
}
