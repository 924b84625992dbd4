package dev.crm.complaint.web;

import dev.crm.complaint.api.Channel;
import dev.crm.complaint.api.ComplaintState;
import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.api.Grade;
import dev.crm.complaint.api.Milestone;
import dev.crm.complaint.application.SlaPolicies;
import dev.crm.complaint.domain.BusinessCalendar;
import dev.crm.complaint.domain.SlaConditions;
import dev.crm.complaint.domain.SlaPolicy;
import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The SLA policy list as data (DOMAIN.md §1.5): ADMIN and SUPERVISOR edit it, staff read it. */
@RestController
@RequestMapping("/api/v1/sla-policies")
class SlaPolicyController {

    private final SlaPolicies policies;
    private final CurrentStaff currentStaff;

    SlaPolicyController(SlaPolicies policies, CurrentStaff currentStaff) {
        this.policies = policies;
        this.currentStaff = currentStaff;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT', 'ANALYST')")
    List<PolicyBody> list() {
        return policies.list().stream().map(PolicyBody::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT', 'ANALYST')")
    PolicyBody get(@PathVariable String id) {
        return PolicyBody.of(policies.get(id));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
    ResponseEntity<PolicyBody> create(@Valid @RequestBody PolicyBody body) {
        SlaPolicy created = policies.create(body.toPolicy(body.id(), null), currentStaff.username());
        return ResponseEntity.created(URI.create("/api/v1/sla-policies/" + created.id())).body(PolicyBody.of(created));
    }

    /** Send back the {@code version} you read; a stale one is a 409. */
    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
    PolicyBody replace(@PathVariable String id, @Valid @RequestBody PolicyBody body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "is required to change a policy");
        }
        return PolicyBody.of(policies.replace(body.toPolicy(id, body.version()), currentStaff.username()));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
    ResponseEntity<Void> delete(@PathVariable String id) {
        policies.delete(id, currentStaff.username());
        return ResponseEntity.noContent().build();
    }

    /**
     * A policy as the API reads and writes it: targets as ISO-8601 durations ({@code PT15M}),
     * calendar opening hours as {@code "09:00-18:00"} per weekday.
     */
    record PolicyBody(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}") String id,
            @NotBlank @Size(max = 200) String name,
            int position,
            @Size(max = 50) String scheme,
            Boolean active,
            Set<Grade> grades, Set<ComplaintType> types, Set<String> productCategories, Set<Channel> channels,
            Set<String> customerTiers,
            Boolean priorityService,
            Map<Milestone, Duration> targets,
            CalendarBody calendar,
            Set<ComplaintState> pauseStates,
            Long version) {

        static PolicyBody of(SlaPolicy policy) {
            Map<Milestone, Duration> targets = new EnumMap<>(Milestone.class);
            policy.targetMinutes().forEach((milestone, minutes) -> targets.put(milestone, Duration.ofMinutes(minutes)));
            SlaConditions c = policy.conditions();
            return new PolicyBody(policy.id(), policy.name(), policy.position(), policy.scheme(), policy.active(),
                    c.grades(), c.types(), c.productCategories(), c.channels(), c.customerTiers(), c.priorityService(), targets,
                    CalendarBody.of(policy.calendar()), policy.pauseStates(), policy.version());
        }

        SlaPolicy toPolicy(String policyId, Long expectedVersion) {
            Map<Milestone, Long> minutes = new EnumMap<>(Milestone.class);
            List<FieldViolation> violations = new ArrayList<>();
            if (targets != null) {
                targets.forEach((milestone, duration) -> {
                    if (duration == null || duration.isNegative() || duration.isZero()) {
                        violations.add(new FieldViolation("targets." + milestone, "must be a positive duration"));
                    } else if (duration.toSeconds() % 60 != 0) {
                        violations.add(new FieldViolation("targets." + milestone, "must be whole minutes"));
                    } else {
                        minutes.put(milestone, duration.toMinutes());
                    }
                });
            }
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            return new SlaPolicy(policyId, name, position, scheme, active == null || active,
                    new SlaConditions(grades, types, productCategories, channels, customerTiers, priorityService),
                    minutes,
                    calendar == null ? null : calendar.toCalendar(), pauseStates, expectedVersion);
        }
    }

    record CalendarBody(String zone, Map<DayOfWeek, String> openingHours, Set<LocalDate> holidays) {

        static CalendarBody of(BusinessCalendar calendar) {
            if (calendar == null) {
                return null;
            }
            Map<DayOfWeek, String> hours = new EnumMap<>(DayOfWeek.class);
            calendar.openingHours().forEach((day, h) -> hours.put(day, h.opens() + "-" + h.closes()));
            return new CalendarBody(calendar.zone().getId(), hours, calendar.holidays());
        }

        BusinessCalendar toCalendar() {
            ZoneId zoneId;
            try {
                zoneId = ZoneId.of(zone == null ? "" : zone);
            } catch (DateTimeException e) {
                throw new InvalidInputException("calendar.zone", "is not a known time zone");
            }
            if (openingHours == null || openingHours.isEmpty()) {
                throw new InvalidInputException("calendar.openingHours", "a calendar needs opening hours");
            }
            Map<DayOfWeek, BusinessCalendar.OpeningHours> hours = new EnumMap<>(DayOfWeek.class);
            openingHours.forEach((day, range) -> hours.put(day, parse(day, range)));
            return new BusinessCalendar(zoneId, hours, holidays);
        }

        private static BusinessCalendar.OpeningHours parse(DayOfWeek day, String range) {
            String field = "calendar.openingHours." + day;
            String[] parts = range == null ? new String[0] : range.split("-");
            try {
                if (parts.length != 2) {
                    throw new IllegalArgumentException("must look like 09:00-18:00");
                }
                return new BusinessCalendar.OpeningHours(LocalTime.parse(parts[0].strip()),
                        LocalTime.parse(parts[1].strip()));
            } catch (DateTimeException | IllegalArgumentException e) {
                throw new InvalidInputException(field, "must be a range like 09:00-18:00 that closes after it opens");
            }
        }
    }
}
