package dev.crm.app.console.web.supervisor;

import dev.crm.complaint.api.Channel;
import dev.crm.complaint.api.ComplaintState;
import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.api.Grade;
import dev.crm.complaint.api.Milestone;
import dev.crm.complaint.api.SlaPolicyCatalog.Calendar;
import dev.crm.complaint.api.SlaPolicyCatalog.SlaPolicyDetails;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An SLA policy as the editor shows it: targets as durations typed like {@code 30m}, {@code 4h},
 * {@code 2d 4h} or ISO-8601 {@code PT4H}, one opening-hours box per weekday, lists as comma-separated
 * text. Parsing and checking are not done here: {@link SlaPolicyEditorController} turns it into the module's
 * policy, whose refusals name the fields.
 */
record SlaPolicyForm(String id, String name, String position, String scheme, boolean active,
                     Set<Grade> grades, Set<ComplaintType> types, Set<Channel> channels, String productCategories,
                     String customerTiers, String priorityService,
                     String targetRegister, String targetAccept, String targetFirstResponse, String targetAnalysis,
                     String targetResolution, String targetSurvey, boolean pauseOnHold,
                     String calendarZone, String hoursMonday, String hoursTuesday, String hoursWednesday,
                     String hoursThursday, String hoursFriday, String hoursSaturday, String hoursSunday,
                     String holidays, Long version) {

    /** A new policy: active, after the existing ones. */
    static SlaPolicyForm blank(int position) {
        return new SlaPolicyForm("", "", String.valueOf(position), "custom", true, Set.of(), Set.of(), Set.of(), "", "", "",
                "", "", "", "", "", "", false, "", "", "", "", "", "", "", "", "", null);
    }

    static SlaPolicyForm of(SlaPolicyDetails p) {
        Map<Milestone, Duration> t = p.targets();
        Calendar c = p.calendar();
        Map<DayOfWeek, String> h = c == null ? Map.of() : c.openingHours();
        return new SlaPolicyForm(p.id(), p.name(), String.valueOf(p.position()), p.scheme(), p.active(), p.grades(), p.types(),
                p.channels(), joined(p.productCategories()), joined(p.customerTiers()),
                p.priorityService() == null ? "" : p.priorityService().toString(),
                text(t.get(Milestone.REGISTER)), text(t.get(Milestone.ACCEPT)), text(t.get(Milestone.FIRST_RESPONSE)),
                text(t.get(Milestone.ANALYSIS)), text(t.get(Milestone.RESOLUTION)), text(t.get(Milestone.SURVEY)),
                p.pauseStates().contains(ComplaintState.ON_HOLD), c == null ? "" : c.zone(),
                h.getOrDefault(DayOfWeek.MONDAY, ""), h.getOrDefault(DayOfWeek.TUESDAY, ""),
                h.getOrDefault(DayOfWeek.WEDNESDAY, ""), h.getOrDefault(DayOfWeek.THURSDAY, ""),
                h.getOrDefault(DayOfWeek.FRIDAY, ""), h.getOrDefault(DayOfWeek.SATURDAY, ""),
                h.getOrDefault(DayOfWeek.SUNDAY, ""),
                c == null ? "" : c.holidays().stream().sorted().map(Object::toString).collect(Collectors.joining(", ")),
                p.version());
    }

    /** The typed target of each milestone (blank: no target). */
    Map<Milestone, String> targets() {
        return Map.of(Milestone.REGISTER, orEmpty(targetRegister), Milestone.ACCEPT, orEmpty(targetAccept),
                Milestone.FIRST_RESPONSE, orEmpty(targetFirstResponse), Milestone.ANALYSIS, orEmpty(targetAnalysis),
                Milestone.RESOLUTION, orEmpty(targetResolution), Milestone.SURVEY, orEmpty(targetSurvey));
    }

    /** The typed opening hours of each weekday (blank: closed). */
    Map<DayOfWeek, String> openingHours() {
        return Map.of(DayOfWeek.MONDAY, orEmpty(hoursMonday), DayOfWeek.TUESDAY, orEmpty(hoursTuesday),
                DayOfWeek.WEDNESDAY, orEmpty(hoursWednesday), DayOfWeek.THURSDAY, orEmpty(hoursThursday),
                DayOfWeek.FRIDAY, orEmpty(hoursFriday), DayOfWeek.SATURDAY, orEmpty(hoursSaturday),
                DayOfWeek.SUNDAY, orEmpty(hoursSunday));
    }

    /** The form field of a milestone's target, e.g. {@code targetFirstResponse}. */
    static String targetField(Milestone milestone) {
        return "target" + camel(milestone.name());
    }

    /** The form field of a weekday's opening hours, e.g. {@code hoursMonday}. */
    static String hoursField(DayOfWeek day) {
        return "hours" + camel(day.name());
    }

    static Set<String> list(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split("[,，]")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** A duration as the form shows it: {@code 2d 4h}, {@code 30m}. */
    static String text(Duration duration) {
        if (duration == null) {
            return "";
        }
        long days = duration.toDays();
        long hours = duration.toHoursPart();
        long minutes = duration.toMinutesPart();
        StringBuilder text = new StringBuilder();
        if (days > 0) {
            text.append(days).append('d');
        }
        if (hours > 0) {
            text.append(text.length() > 0 ? " " : "").append(hours).append('h');
        }
        if (minutes > 0 || text.length() == 0) {
            text.append(text.length() > 0 ? " " : "").append(minutes).append('m');
        }
        return text.toString();
    }

    private static String joined(Set<String> values) {
        return values == null ? "" : String.join(", ", new TreeSet<>(values));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    private static String camel(String constant) {
        StringBuilder name = new StringBuilder();
        for (String part : constant.split("_")) {
            name.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return name.toString();
    }
}
