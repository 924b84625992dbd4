package dev.crm.complaint.domain.crisis;

import dev.crm.complaint.domain.problem.InputCheck;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The post-crisis review (004 §6.4): what happened, why, what was learnt, and what will be done. */
public record PostMortem(String summary, List<String> causes, List<String> lessons, List<String> actions,
                         Instant writtenAt, String writtenBy) {

    private static final int MAX_TEXT = 5_000;
    private static final int MAX_ENTRIES = 50;

    public PostMortem {
        causes = causes == null ? List.of() : List.copyOf(causes);
        lessons = lessons == null ? List.of() : List.copyOf(lessons);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** @throws InvalidInputException naming each missing part: all four are required */
    public static PostMortem of(String summary, List<String> causes, List<String> lessons, List<String> actions,
                                String by, Instant at) {
        List<FieldViolation> violations = new ArrayList<>();
        InputCheck.required(summary, "summary", MAX_TEXT, violations);
        List<String> causeList = entries(causes, "causes", violations);
        List<String> lessonList = entries(lessons, "lessons", violations);
        List<String> actionList = entries(actions, "actions", violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new PostMortem(summary.strip(), causeList, lessonList, actionList, at, by);
    }

    private static List<String> entries(List<String> values, String field, List<FieldViolation> violations) {
        if (values == null || values.isEmpty()) {
            violations.add(new FieldViolation(field, "at least one entry is required"));
            return List.of();
        }
        InputCheck.atMost(values, field, MAX_ENTRIES, violations);
        List<String> stripped = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            InputCheck.required(values.get(i), field + "[" + i + "]", MAX_TEXT, violations);
            stripped.add(InputCheck.strip(values.get(i)));
        }
        return stripped;
    }
}
