package dev.crm.training.domain;

import java.util.List;
import java.util.Set;

/**
 * A question as HR writes it, before it is checked and numbered by its bank. Closed kinds carry
 * {@code options} (choice) or {@code statementIsTrue} (true/false); open kinds carry a rubric and
 * optionally a model answer for the reviewer.
 */
public record QuestionDraft(QuestionKind kind, String text, Integer points, List<OptionDraft> options,
                            Boolean statementIsTrue, List<CriterionDraft> rubric, String modelAnswer,
                            Set<String> tags) {

    public record OptionDraft(String text, boolean correct) {
    }

    public record CriterionDraft(String description, Integer maxPoints, String guidance) {
    }
}
