package dev.crm.training.domain;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.FieldViolation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The prerequisite links between courses (current versions). A course's prerequisites must exist
 * and must not lead back to it: a loop would make every course on it impossible to complete.
 */
public final class PrerequisiteGraph {

    private final Map<String, List<String>> prerequisitesByCourse;

    /** @param prerequisitesByCourse every course's current prerequisites */
    public PrerequisiteGraph(Map<String, List<String>> prerequisitesByCourse) {
        this.prerequisitesByCourse = Map.copyOf(prerequisitesByCourse);
    }

    /** @throws BusinessRuleViolationException naming {@code prerequisites} for an unknown course or a loop */
    public void check(String course, List<String> prerequisites) {
        for (String prerequisite : prerequisites) {
            if (prerequisite.equals(course)) {
                throw refused("a course cannot require itself");
            }
            if (!prerequisitesByCourse.containsKey(prerequisite)) {
                throw refused("no course '" + prerequisite + "'");
            }
        }
        Deque<String> toVisit = new ArrayDeque<>(prerequisites);
        Set<String> seen = new HashSet<>();
        while (!toVisit.isEmpty()) {
            String next = toVisit.pop();
            if (next.equals(course)) {
                throw refused("requiring these would loop back to " + course);
            }
            if (seen.add(next)) {
                toVisit.addAll(prerequisitesByCourse.getOrDefault(next, List.of()));
            }
        }
    }

    private static BusinessRuleViolationException refused(String detail) {
        return new BusinessRuleViolationException("Prerequisites must exist and must not loop",
                List.of(new FieldViolation("prerequisites", detail)));
    }
}
