package dev.crm.training.domain;

import java.util.List;

/** What a candidate answered: the options chosen (closed kinds) or a text (open kinds). */
public record AttemptAnswer(List<String> selectedOptionIds, String text) {

    public AttemptAnswer {
        selectedOptionIds = selectedOptionIds == null ? List.of() : List.copyOf(selectedOptionIds);
    }
}
