package dev.crm.app.console.web.supervisor;

import dev.crm.app.console.FormErrors;
import dev.crm.complaint.api.Channel;
import dev.crm.complaint.api.ComplaintState;
import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.api.Grade;
import dev.crm.complaint.api.Milestone;
import dev.crm.complaint.api.SlaPolicyCatalog;
import dev.crm.complaint.api.SlaPolicyCatalog.Calendar;
import dev.crm.complaint.api.SlaPolicyCatalog.SlaPolicyDetails;
import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.DuplicateRecordException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The SLA policy editor: the ordered list, a new policy, changing one. The module checks a policy as
 * the REST API does; each refusal is shown next to the field it names and nothing is saved.
 */
@Controller
class SlaPolicyEditorController {

    static final String PATH = "/console/supervisor/sla-policies";
    private static final String FORM = "console/supervisor/policy-form";
    private static final Pattern PART = Pattern.compile("(\\d+)\\s*(d|h|m|min)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARTS = Pattern.compile("(\\s*\\d+\\s*(d|h|m|min)\\s*)+", Pattern.CASE_INSENSITIVE);

    private final SlaPolicyCatalog catalog;
    private final CurrentStaff currentStaff;

    SlaPolicyEditorController(SlaPolicyCatalog catalog, CurrentStaff currentStaff) {
        this.catalog = catalog;
        this.currentStaff = currentStaff;
    }

    @GetMapping(PATH)
    @PreAuthorize(SupervisorArea.SUPERVISORS)
    String list(Model model) {
        List<PolicyRow> rows = catalog.list().stream().map(PolicyRow::of).toList();
        model.addAttribute("policies", rows);
        return "console/supervisor/policies";
    }

    @GetMapping(PATH + "/new")
    @PreAuthorize(SupervisorArea.SUPERVISORS)
    String newPolicy(Model model) {
        int next = catalog.list().stream().mapToInt(SlaPolicyDetails::position).max().orElse(0) + 10;
        model.addAttribute("form", SlaPolicyForm.blank(next));
        return form(model, true);
    }

    @PostMapping(PATH)
    @PreAuthorize(SupervisorArea.SUPERVISORS)
    String create(@ModelAttribute("form") SlaPolicyForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        SlaPolicyDetails details = details(form, form.id(), null, result);
        if (result.hasErrors()) {
            return refused(details, result, model, true);
        }
        try {
            catalog.create(details, currentStaff.username());
        } catch (InvalidInputException e) {
            FormErrors.reject(result, onFormFields(e));
            return form(model, true);
        } catch (DuplicateRecordException e) {
            result.rejectValue("id", "supervisor.policy.id-taken");
            return form(model, true);
        }
        redirect.addFlashAttribute("saved", details.id());
        return "redirect:" + PATH;
    }

    @GetMapping(PATH + "/{id}")
    @PreAuthorize(SupervisorArea.SUPERVISORS)
    String edit(@PathVariable String id, Model model) {
        model.addAttribute("form", SlaPolicyForm.of(catalog.get(id)));
        return form(model, false);
    }

    @PostMapping(PATH + "/{id}")
    @PreAuthorize(SupervisorArea.SUPERVISORS)
    String replace(@PathVariable String id, @ModelAttribute("form") SlaPolicyForm form, BindingResult result,
                   Model model, RedirectAttributes redirect) {
        catalog.get(id);
        SlaPolicyDetails details = details(form, id, form.version(), result);
        if (result.hasErrors()) {
            return refused(details, result, model, false);
        }
        try {
            catalog.replace(details, currentStaff.username());
        } catch (InvalidInputException e) {
            FormErrors.reject(result, onFormFields(e));
            return form(model, false);
        }
        redirect.addFlashAttribute("saved", id);
        return "redirect:" + PATH;
    }

    /** Some input could not be read: the module still checks the rest, so every mistake shows at once. */
    private String refused(SlaPolicyDetails readable, BindingResult result, Model model, boolean creating) {
        try {
            catalog.check(readable);
        } catch (InvalidInputException e) {
            List<FieldViolation> others = e.violations().stream()
                    .filter(v -> v.field() == null || !result.hasFieldErrors(formField(v.field()))).toList();
            if (!others.isEmpty()) {
                FormErrors.reject(result, onFormFields(new InvalidInputException(others)));
            }
        }
        return form(model, creating);
    }

    private String form(Model model, boolean creating) {
        model.addAttribute("creating", creating);
        model.addAttribute("grades", Grade.values());
        model.addAttribute("types", ComplaintType.values());
        model.addAttribute("channels", Channel.values());
        Map<Milestone, String> targetFields = new EnumMap<>(Milestone.class);
        for (Milestone milestone : Milestone.values()) {
            targetFields.put(milestone, SlaPolicyForm.targetField(milestone));
        }
        Map<DayOfWeek, String> hoursFields = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            hoursFields.put(day, SlaPolicyForm.hoursField(day));
        }
        model.addAttribute("targetFields", targetFields);
        model.addAttribute("hoursFields", hoursFields);
        return FORM;
    }

    /** The form as the module's policy; what cannot even be read (a duration, a date) is rejected here. */
    private static SlaPolicyDetails details(SlaPolicyForm form, String id, Long version, BindingResult result) {
        Map<Milestone, Duration> targets = new EnumMap<>(Milestone.class);
        form.targets().forEach((milestone, text) -> {
            if (!text.isEmpty()) {
                Duration duration = duration(text);
                if (duration == null) {
                    result.rejectValue(SlaPolicyForm.targetField(milestone), "supervisor.policy.duration-unreadable");
                } else {
                    targets.put(milestone, duration);
                }
            }
        });
        int position = 0;
        String typedPosition = form.position() == null ? "" : form.position().strip();
        if (!typedPosition.isEmpty()) {
            try {
                position = Integer.parseInt(typedPosition);
            } catch (NumberFormatException e) {
                result.rejectValue("position", "supervisor.policy.position-unreadable");
            }
        }
        Set<LocalDate> holidays = new HashSet<>();
        for (String day : SlaPolicyForm.list(form.holidays())) {
            try {
                holidays.add(LocalDate.parse(day));
            } catch (DateTimeException e) {
                result.rejectValue("holidays", "supervisor.policy.holiday-unreadable", new Object[] {day}, null);
            }
        }
        Map<DayOfWeek, String> hours = new EnumMap<>(DayOfWeek.class);
        form.openingHours().forEach((day, text) -> {
            if (!text.isEmpty()) {
                hours.put(day, text);
            }
        });
        String zone = form.calendarZone() == null ? "" : form.calendarZone().strip();
        // Nothing typed for the calendar: the clock runs round the clock, as a policy without one.
        Calendar calendar = zone.isEmpty() && hours.isEmpty() && holidays.isEmpty() ? null
                : new Calendar(zone, hours, holidays);
        Boolean priority = form.priorityService() == null || form.priorityService().isBlank() ? null
                : Boolean.valueOf(form.priorityService());
        return new SlaPolicyDetails(id == null ? null : id.strip(), form.name(),
                position, form.scheme(), form.active(),
                form.grades(), form.types(), SlaPolicyForm.list(form.productCategories()), form.channels(),
                SlaPolicyForm.list(form.customerTiers()), priority, targets, calendar,
                form.pauseOnHold() ? Set.of(ComplaintState.ON_HOLD) : Set.of(), version);
    }

    /** {@code 45m}, {@code 4h}, {@code 2d 4h}, a number of minutes, or ISO-8601 ({@code PT4H}); null when unreadable. */
    static Duration duration(String text) {
        String t = text.strip();
        if (t.matches("-?\\d+")) {
            return Duration.ofMinutes(Long.parseLong(t));
        }
        if (PARTS.matcher(t).matches()) {
            Duration total = Duration.ZERO;
            Matcher part = PART.matcher(t);
            while (part.find()) {
                long amount = Long.parseLong(part.group(1));
                String unit = part.group(2).toLowerCase(Locale.ROOT);
                total = total.plus(unit.equals("d") ? Duration.ofDays(amount)
                        : unit.equals("h") ? Duration.ofHours(amount) : Duration.ofMinutes(amount));
            }
            return total;
        }
        try {
            return Duration.parse(t.toUpperCase(Locale.ROOT));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The module names fields as its API body does ({@code targets.ACCEPT}); the form flattens them. */
    private static InvalidInputException onFormFields(InvalidInputException refusal) {
        return new InvalidInputException(refusal.violations().stream()
                .map(v -> new FieldViolation(formField(v.field()), v.message())).toList());
    }

    private static String formField(String field) {
        if (field == null) {
            return null;
        }
        if (field.startsWith("targets.")) {
            return SlaPolicyForm.targetField(Milestone.valueOf(field.substring("targets.".length())));
        }
        if (field.startsWith("calendar.openingHours.")) {
            return SlaPolicyForm.hoursField(DayOfWeek.valueOf(field.substring("calendar.openingHours.".length())));
        }
        return switch (field) {
            case "calendar.zone" -> "calendarZone";
            case "pauseStates" -> "pauseOnHold";
            default -> field;
        };
    }

    /** One line of the policy list. */
    record PolicyRow(SlaPolicyDetails policy, Map<Milestone, String> targets) {

        static PolicyRow of(SlaPolicyDetails policy) {
            Map<Milestone, String> targets = new EnumMap<>(Milestone.class);
            policy.targets().forEach((milestone, duration) -> targets.put(milestone, SlaPolicyForm.text(duration)));
            return new PolicyRow(policy, targets);
        }
    }
}
