package dev.crm.training.domain;

/**
 * One criterion a reviewer scores an open answer on, from 0 to {@code maxPoints}. The guidance is
 * the reviewer's answer key (what a full-marks answer shows) and is never shown to a candidate
 * before grading.
 */
public record RubricCriterion(String id, String description, int maxPoints, String guidance) {
}
