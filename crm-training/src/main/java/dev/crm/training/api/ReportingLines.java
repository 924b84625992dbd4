package dev.crm.training.api;

import java.util.List;
import java.util.Set;

/**
 * Who reports to whom, from the staff profiles. The privacy rule of DOMAIN.md §4 — assessment
 * results, QA reviews and appraisals are for HR, the person and their supervisor chain — asks
 * {@link #isSelfOrSupervisorOf}. People without a profile have no supervisors.
 */
public interface ReportingLines {

    /** @return true when {@code viewer} is {@code person}, or in {@code person}'s supervisor chain */
    boolean isSelfOrSupervisorOf(String viewer, String person);

    /** {@code person}'s supervisors, the direct one first; empty without a profile or supervisor. */
    List<String> supervisorChainOf(String person);

    /** Everyone whose supervisor chain includes {@code supervisor} (direct and indirect reports). */
    Set<String> reportsOf(String supervisor);
}
