package dev.crm.training.api;

import java.time.Instant;
import java.util.List;

/** The assessment attempts of people, with their scores. */
public interface AssessmentScores {

    /**
     * The attempts {@code username} started in {@code [from, to)}, oldest first. Attempts whose time
     * ran out are reported closed (they are closed on the way).
     */
    List<AssessmentScore> ofPerson(String username, Instant from, Instant to);
}
