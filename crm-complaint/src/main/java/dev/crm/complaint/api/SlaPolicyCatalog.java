package dev.crm.complaint.api;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SLA policy list for the web console (DOMAIN.md §1.5): read, add and change policies with the
 * same checks as the REST API ({@code /api/v1/sla-policies}), every refusal reported at once.
 */
public interface SlaPolicyCatalog {

    /** All policies, in the order they are tried. */
    List<SlaPolicyDetails> list();

    /** @throws dev.crm.core.api.RecordNotFoundException for an unknown id */
    SlaPolicyDetails get(String id);

    /**
     * @throws dev.crm.core.api.InvalidInputException naming each bad field ({@code id}, {@code name},
     *         {@code position}, {@code scheme}, {@code targets}, {@code targets.<MILESTONE>}, {@code pauseStates},
     *         {@code calendar.zone}, {@code calendar.openingHours}, {@code calendar.openingHours.<DAY>})
     * @throws dev.crm.core.api.DuplicateRecordException when the id is taken
     */
    SlaPolicyDetails create(SlaPolicyDetails policy, String by);

    /**
     * Checks a policy as {@link #create} would, saving nothing: lets a form report every mistake at
     * once, also when some of its input could not even be read.
     *
     * @throws dev.crm.core.api.InvalidInputException as for {@link #create}
     */
    void check(SlaPolicyDetails policy);

    /**
     * Replaces the policy {@code policy.id()}; {@code policy.version()} must be the one read.
     *
     * @throws dev.crm.core.api.InvalidInputException as for {@link #create}, and for a missing version
     * @throws org.springframework.dao.OptimisticLockingFailureException when someone changed it meanwhile
     */
    SlaPolicyDetails replace(SlaPolicyDetails policy, String by);

    /**
     * A policy as it is read and written: targets per milestone, conditions (an empty set means any).
     *
     * @param calendar    when the clock runs; null = round the clock
     * @param version     null for a new policy
     */
    record SlaPolicyDetails(String id, String name, int position, String scheme, boolean active,
                            Set<Grade> grades, Set<ComplaintType> types, Set<String> productCategories,
                            Set<Channel> channels, Set<String> customerTiers, Boolean priorityService,
                            Map<Milestone, Duration> targets, Calendar calendar, Set<ComplaintState> pauseStates,
                            Long version) {
    }

    /** Opening hours as {@code "09:00-18:00"} per open weekday; the zone is an IANA id. */
    record Calendar(String zone, Map<DayOfWeek, String> openingHours, Set<LocalDate> holidays) {
    }
}
