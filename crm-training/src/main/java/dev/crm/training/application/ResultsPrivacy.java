package dev.crm.training.application;

import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.Role;
import dev.crm.training.api.ReportingLines;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see a person's results — QA reviews, scorecards, appraisals — as for assessment results:
 * HR, the person and their supervisor chain (DOMAIN.md §4). Unlike the other training records, ADMIN
 * is not a reader: running the system is no reason to read people's appraisals.
 */
@Component
public class ResultsPrivacy {

    private final CurrentStaff currentStaff;
    private final ReportingLines reportingLines;

    ResultsPrivacy(CurrentStaff currentStaff, ReportingLines reportingLines) {
        this.currentStaff = currentStaff;
        this.reportingLines = reportingLines;
    }

    public boolean seesEveryone() {
        return currentStaff.hasRole(Role.HR);
    }

    public boolean maySee(String person) {
        return seesEveryone() || reportingLines.isSelfOrSupervisorOf(currentStaff.username(), person);
    }

    /** @throws AccessDeniedException (403) */
    public void requireMaySee(String person) {
        if (!maySee(person)) {
            throw new AccessDeniedException("the results of " + person + " are private");
        }
    }

    /** Whether the caller stands in the person's supervisor chain (not the person themselves). */
    public boolean supervises(String person) {
        String caller = currentStaff.username();
        return !caller.equals(person) && reportingLines.supervisorChainOf(person).contains(caller);
    }

    /** The people whose results the caller may see; empty when they see everyone. */
    public Optional<Set<String>> visiblePeople() {
        if (seesEveryone()) {
            return Optional.empty();
        }
        Set<String> people = new LinkedHashSet<>();
        people.add(currentStaff.username());
        people.addAll(reportingLines.reportsOf(currentStaff.username()));
        return Optional.of(people);
    }
}
