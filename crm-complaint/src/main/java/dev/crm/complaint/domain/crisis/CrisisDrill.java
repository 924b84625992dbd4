package dev.crm.complaint.domain.crisis;

import dev.crm.complaint.domain.problem.InputCheck;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An emergency drill held on a playbook (003 ch. 6: plans for major faults and service
 * interruptions are rehearsed and the drills recorded). A record of what happened: never changed.
 */
@Document("crisis_drills")
public record CrisisDrill(@Id String id, @Indexed String playbookId, String playbookName, String scenario,
                          Instant heldAt, List<String> participants, String findings, int durationMinutes,
                          Instant recordedAt, String recordedBy) {

    static final int MAX_DURATION_MINUTES = 7 * 24 * 60;

    public CrisisDrill {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }

    /** Checks what the recorder gives, naming each bad field. */
    public static List<FieldViolation> check(String scenario, Instant heldAt, List<String> participants,
                                             String findings, Integer durationMinutes, Instant now) {
        List<FieldViolation> violations = new ArrayList<>();
        InputCheck.required(scenario, "scenario", 5_000, violations);
        if (heldAt == null) {
            violations.add(new FieldViolation("heldAt", "is required"));
        } else if (heldAt.isAfter(now)) {
            violations.add(new FieldViolation("heldAt", "must not be in the future: record a drill once held"));
        }
        if (participants == null || participants.isEmpty()) {
            violations.add(new FieldViolation("participants", "at least one participant is required"));
        } else {
            InputCheck.atMost(participants, "participants", 500, violations);
            for (int i = 0; i < participants.size(); i++) {
                InputCheck.required(participants.get(i), "participants[" + i + "]", 200, violations);
            }
        }
        InputCheck.optional(findings, "findings", 10_000, violations);
        if (durationMinutes == null) {
            violations.add(new FieldViolation("durationMinutes", "is required"));
        } else if (durationMinutes < 1 || durationMinutes > MAX_DURATION_MINUTES) {
            violations.add(new FieldViolation("durationMinutes", "must be between 1 and " + MAX_DURATION_MINUTES));
        }
        return violations;
    }

    public static CrisisDrill record(CrisisPlaybook playbook, String scenario, Instant heldAt,
                                     List<String> participants, String findings, Integer durationMinutes,
                                     String by, Instant now) {
        List<FieldViolation> violations = check(scenario, heldAt, participants, findings, durationMinutes, now);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new CrisisDrill(null, playbook.getId(), playbook.getName(), scenario.strip(), heldAt,
                participants.stream().map(String::strip).toList(), InputCheck.strip(findings), durationMinutes, now,
                by);
    }
}
