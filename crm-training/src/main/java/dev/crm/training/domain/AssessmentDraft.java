package dev.crm.training.domain;

import java.util.List;

/** An assessment as HR defines it; unset limits take the shipped defaults of {@link Assessment}. */
public record AssessmentDraft(String code, String title, String courseCode, List<DrawRule> drawRules,
                              Integer timeLimitMinutes, Integer attemptLimit, Integer passMarkPercent,
                              List<String> reviewers) {
}
