package dev.crm.complaint.domain;

import dev.crm.complaint.api.ComplaintState;
import dev.crm.complaint.api.Milestone;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One entry of the ordered SLA policy list (DOMAIN.md §1.5). Policies are data: administrators
 * add, reorder and deactivate them without a redeploy.
 *
 * @param position      lower comes first
 * @param scheme        the shipped scheme it belongs to (standard, after-sales, complaint-grades) or a custom name
 * @param targetMinutes per milestone; at least one
 * @param calendar      when the clock runs; {@code null} = round the clock
 * @param pauseStates   states in which the clock stops (e.g. ON_HOLD while waiting for the customer)
 */
@Document("sla_policies")
public record SlaPolicy(@Id String id, String name, int position, String scheme, boolean active,
                        SlaConditions conditions, Map<Milestone, Long> targetMinutes, BusinessCalendar calendar,
                        Set<ComplaintState> pauseStates, @Version Long version) {

    public SlaPolicy {
        List<FieldViolation> violations = new ArrayList<>();
        if (name == null || name.isBlank()) {
            violations.add(new FieldViolation("name", "is required"));
        }
        if (position < 0) {
            violations.add(new FieldViolation("position", "must be 0 or more"));
        }
        if (targetMinutes == null || targetMinutes.isEmpty()) {
            violations.add(new FieldViolation("targets", "a policy needs at least one milestone target"));
        } else {
            targetMinutes.forEach((milestone, minutes) -> {
                if (milestone == null || minutes == null || minutes <= 0) {
                    violations.add(new FieldViolation("targets." + milestone, "must be a positive duration"));
                }
            });
        }
        if (pauseStates != null && pauseStates.stream().anyMatch(state -> state != ComplaintState.ON_HOLD)) {
            violations.add(new FieldViolation("pauseStates", "only ON_HOLD can pause the clock"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        conditions = conditions == null ? SlaConditions.ANY : conditions;
        targetMinutes = Map.copyOf(new EnumMap<>(targetMinutes));
        pauseStates = pauseStates == null ? Set.of() : Set.copyOf(pauseStates);
        scheme = scheme == null || scheme.isBlank() ? "custom" : scheme.strip();
    }

    public static SlaPolicy of(String id, String name, int position, String scheme, SlaConditions conditions,
                               Map<Milestone, Duration> targets) {
        Map<Milestone, Long> minutes = new EnumMap<>(Milestone.class);
        targets.forEach((milestone, duration) -> minutes.put(milestone, duration.toMinutes()));
        return new SlaPolicy(id, name, position, scheme, true, conditions, minutes, null, Set.of(), null);
    }

    public SlaPolicy withActive(boolean active) {
        return new SlaPolicy(id, name, position, scheme, active, conditions, targetMinutes, calendar, pauseStates,
                version);
    }

    public BusinessCalendar calendarOrRoundTheClock() {
        return calendar == null ? BusinessCalendar.ROUND_THE_CLOCK : calendar;
    }
}
