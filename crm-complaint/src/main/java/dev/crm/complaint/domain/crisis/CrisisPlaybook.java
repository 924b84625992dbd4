package dev.crm.complaint.domain.crisis;

import dev.crm.complaint.domain.problem.InputCheck;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An emergency plan from the playbook library (004 §6.3; 003 ch. 6): for one crisis type, the
 * ordered steps with their responsible role and target time after detection. A crisis copies the
 * steps when it applies the playbook, so editing or deleting a playbook never changes a crisis.
 */
@Getter
@Document("crisis_playbooks")
public class CrisisPlaybook {

    static final int MAX_STEPS = 50;
    /** A step is due at most 30 days after detection. */
    static final int MAX_TARGET_MINUTES = 30 * 24 * 60;

    @Id
    private final String id;
    @Indexed(unique = true)
    private String name;
    private CrisisType crisisType;
    private String description;
    private List<PlaybookStep> steps;
    private final Instant createdAt;
    private final String createdBy;
    private Instant changedAt;
    private String changedBy;
    @Version
    private Long version;

    @PersistenceCreator
    CrisisPlaybook(String id, String name, CrisisType crisisType, String description, List<PlaybookStep> steps,
                   Instant createdAt, String createdBy, Instant changedAt, String changedBy, Long version) {
        this.id = id;
        this.name = name;
        this.crisisType = crisisType;
        this.description = description;
        this.steps = steps == null ? List.of() : List.copyOf(steps);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.version = version;
    }

    public static CrisisPlaybook write(String name, CrisisType crisisType, String description,
                                       List<PlaybookStep> steps, String by, Instant at) {
        CrisisPlaybook playbook = new CrisisPlaybook(null, null, null, null, List.of(), at, by, at, by, null);
        playbook.revise(name, crisisType, description, steps, by, at);
        return playbook;
    }

    /**
     * Replaces content (the caller's version is checked on save).
     *
     * @throws InvalidInputException naming each bad field, e.g. {@code steps[1].targetMinutes}
     */
    public void revise(String name, CrisisType crisisType, String description, List<PlaybookStep> steps,
                       String by, Instant at) {
        List<FieldViolation> violations = new ArrayList<>();
        InputCheck.required(name, "name", 200, violations);
        if (crisisType == null) {
            violations.add(new FieldViolation("crisisType", "is required"));
        }
        InputCheck.optional(description, "description", 5_000, violations);
        List<PlaybookStep> checked = new ArrayList<>();
        if (steps == null || steps.isEmpty()) {
            violations.add(new FieldViolation("steps", "at least one step is required"));
        } else {
            InputCheck.atMost(steps, "steps", MAX_STEPS, violations);
            for (int i = 0; i < steps.size(); i++) {
                PlaybookStep step = steps.get(i);
                String field = "steps[" + i + "]";
                if (step == null) {
                    violations.add(new FieldViolation(field, "is required"));
                    continue;
                }
                InputCheck.required(step.title(), field + ".title", 500, violations);
                InputCheck.required(step.responsibleRole(), field + ".responsibleRole", 100, violations);
                if (step.targetMinutes() == null) {
                    violations.add(new FieldViolation(field + ".targetMinutes", "is required"));
                } else if (step.targetMinutes() < 0 || step.targetMinutes() > MAX_TARGET_MINUTES) {
                    violations.add(new FieldViolation(field + ".targetMinutes", "must be between 0 and "
                            + MAX_TARGET_MINUTES));
                }
                checked.add(new PlaybookStep(InputCheck.strip(step.title()), InputCheck.strip(step.responsibleRole()),
                        step.targetMinutes()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        this.name = name.strip();
        this.crisisType = crisisType;
        this.description = InputCheck.strip(description);
        this.steps = List.copyOf(checked);
        this.changedAt = at;
        this.changedBy = by;
    }
}
