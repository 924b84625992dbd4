package dev.crm.training.domain;

/** One option of a closed question; {@code correct} is part of the answer key. */
public record QuestionOption(String id, String text, boolean correct) {
}
