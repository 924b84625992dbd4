package dev.crm.complaint.application;

import dev.crm.complaint.api.Milestone;
import dev.crm.complaint.api.SlaPolicyCatalog;
import dev.crm.complaint.domain.BusinessCalendar;
import dev.crm.complaint.domain.SlaConditions;
import dev.crm.complaint.domain.SlaPolicy;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * The console's way into the SLA policy list: the same {@link SlaPolicies} as the REST API and the
 * same rules as its request body (id slug, name and scheme lengths, whole positive minutes, a
 * calendar with a known zone and well-formed opening hours), but collected, so a form can show
 * every mistake next to its field at once.
 */
@Service
class SlaPolicyEditor implements SlaPolicyCatalog {

    /** As the REST API's policy body. */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final int MAX_NAME = 200;
    private static final int MAX_SCHEME = 50;

    private final SlaPolicies policies;

    SlaPolicyEditor(SlaPolicies policies) {
        this.policies = policies;
    }

    @Override
    public List<SlaPolicyDetails> list() {
        return policies.list().stream().map(SlaPolicyEditor::details).toList();
    }

    @Override
    public SlaPolicyDetails get(String id) {
        return details(policies.get(id));
    }

    @Override
    public SlaPolicyDetails create(SlaPolicyDetails policy, String by) {
        return details(policies.create(toPolicy(policy, null), by));
    }

    @Override
    public void check(SlaPolicyDetails policy) {
        toPolicy(policy, policy.version());
    }

    @Override
    public SlaPolicyDetails replace(SlaPolicyDetails policy, String by) {
        if (policy.version() == null) {
            throw new InvalidInputException("version", "is required to change a policy");
        }
        return details(policies.replace(toPolicy(policy, policy.version()), by));
    }

    static SlaPolicy toPolicy(SlaPolicyDetails in, Long expectedVersion) {
        List<FieldViolation> violations = new ArrayList<>();
        if (in.id() == null || in.id().isBlank()) {
            violations.add(new FieldViolation("id", "must not be blank"));
        } else if (!ID.matcher(in.id()).matches()) {
            violations.add(new FieldViolation("id", "must be lower-case letters, digits and hyphens (at most 64)"));
        }
        if (in.name() != null && in.name().length() > MAX_NAME) {
            violations.add(new FieldViolation("name", "must be at most " + MAX_NAME + " characters"));
        }
        if (in.scheme() != null && in.scheme().length() > MAX_SCHEME) {
            violations.add(new FieldViolation("scheme", "must be at most " + MAX_SCHEME + " characters"));
        }
        Map<Milestone, Long> minutes = new EnumMap<>(Milestone.class);
        if (in.targets() != null) {
            in.targets().forEach((milestone, duration) -> {
                if (duration == null || duration.isNegative() || duration.isZero()) {
                    violations.add(new FieldViolation("targets." + milestone, "must be a positive duration"));
                } else if (duration.toSeconds() % 60 != 0) {
                    violations.add(new FieldViolation("targets." + milestone, "must be whole minutes"));
                } else {
                    minutes.put(milestone, duration.toMinutes());
                }
            });
        }
        BusinessCalendar calendar = in.calendar() == null ? null : calendar(in.calendar(), violations);
        SlaPolicy policy = null;
        try {
            policy = new SlaPolicy(in.id(), in.name(), in.position(), in.scheme(), in.active(),
                    new SlaConditions(in.grades(), in.types(), in.productCategories(), in.channels(),
                            in.customerTiers(), in.priorityService()),
                    minutes, calendar, in.pauseStates(), expectedVersion);
        } catch (InvalidInputException refused) {
            // A target already refused above is not reported a second time by the aggregate.
            refused.violations().stream()
                    .filter(v -> !(v.field().equals("targets") && in.targets() != null && !in.targets().isEmpty()))
                    .filter(v -> violations.stream().noneMatch(seen -> seen.field().equals(v.field())))
                    .forEach(violations::add);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return policy;
    }

    private static BusinessCalendar calendar(Calendar in, List<FieldViolation> violations) {
        ZoneId zone = null;
        try {
            zone = ZoneId.of(in.zone() == null ? "" : in.zone().strip());
        } catch (DateTimeException e) {
            violations.add(new FieldViolation("calendar.zone", "is not a known time zone"));
        }
        Map<DayOfWeek, BusinessCalendar.OpeningHours> hours = new EnumMap<>(DayOfWeek.class);
        if (in.openingHours() == null || in.openingHours().isEmpty()) {
            violations.add(new FieldViolation("calendar.openingHours", "a calendar needs opening hours"));
        } else {
            in.openingHours().forEach((day, range) -> {
                BusinessCalendar.OpeningHours parsed = openingHours(range);
                if (parsed == null) {
                    violations.add(new FieldViolation("calendar.openingHours." + day,
                            "must be a range like 09:00-18:00 that closes after it opens"));
                } else {
                    hours.put(day, parsed);
                }
            });
        }
        return zone == null || hours.isEmpty() ? null : new BusinessCalendar(zone, hours, in.holidays());
    }

    private static BusinessCalendar.OpeningHours openingHours(String range) {
        String[] parts = range == null ? new String[0] : range.split("-");
        if (parts.length != 2) {
            return null;
        }
        try {
            return new BusinessCalendar.OpeningHours(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
    }

    private static SlaPolicyDetails details(SlaPolicy policy) {
        Map<Milestone, Duration> targets = new EnumMap<>(Milestone.class);
        policy.targetMinutes().forEach((milestone, minutes) -> targets.put(milestone, Duration.ofMinutes(minutes)));
        SlaConditions c = policy.conditions();
        return new SlaPolicyDetails(policy.id(), policy.name(), policy.position(), policy.scheme(), policy.active(),
                c.grades(), c.types(), c.productCategories(), c.channels(), c.customerTiers(), c.priorityService(),
                targets, calendar(policy.calendar()), policy.pauseStates(), policy.version());
    }

    private static Calendar calendar(BusinessCalendar calendar) {
        if (calendar == null) {
            return null;
        }
        Map<DayOfWeek, String> hours = new EnumMap<>(DayOfWeek.class);
        calendar.openingHours().forEach((day, h) -> hours.put(day, h.opens() + "-" + h.closes()));
        return new Calendar(calendar.zone().getId(), hours, calendar.holidays());
    }
}
