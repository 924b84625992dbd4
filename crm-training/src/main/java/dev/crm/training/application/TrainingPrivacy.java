package dev.crm.training.application;

import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.Role;
import dev.crm.training.api.ReportingLines;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see a person's training records (profile, enrolments, certificates): HR and admins
 * everyone; anyone else themselves and the people in whose supervisor chain they stand (DOMAIN.md §4).
 */
@Component
public class TrainingPrivacy {

    private final CurrentStaff currentStaff;
    private final ReportingLines reportingLines;

    TrainingPrivacy(CurrentStaff currentStaff, ReportingLines reportingLines) {
        this.currentStaff = currentStaff;
        this.reportingLines = reportingLines;
    }

    public boolean seesEveryone() {
        return currentStaff.hasRole(Role.HR) || currentStaff.hasRole(Role.ADMIN);
    }

    /** @throws AccessDeniedException (403) when the caller may not see this person's records */
    public void requireMaySee(String person) {
        if (!seesEveryone() && !reportingLines.isSelfOrSupervisorOf(currentStaff.username(), person)) {
            throw new AccessDeniedException("not allowed to see the training records of " + person);
        }
    }

    /** The people whose records the caller may see; empty when they see everyone. */
    public Optional<Set<String>> visiblePeople() {
        if (seesEveryone()) {
            return Optional.empty();
        }
        Set<String> people = new java.util.LinkedHashSet<>();
        people.add(currentStaff.username());
        people.addAll(reportingLines.reportsOf(currentStaff.username()));
        return Optional.of(people);
    }
}
