package dev.crm.app.console.web.agent;

import dev.crm.complaint.api.Channel;
import dev.crm.complaint.api.ComplaintAction;
import dev.crm.complaint.api.ComplaintDesk;
import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.api.Grade;
import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One complaint: its facts, deadlines and timeline, a form per lifecycle action that is legal now for
 * this user (as the complaint module reports it), and the reply to the customer. A refused action
 * shows the page again with the messages next to that action's fields.
 */
@Controller
class ComplaintCaseController {

    static final String PATH = "/console/agent/complaints/{number}";
    private static final String VIEW = "console/agent/complaint";

    /** The inputs each action's form has; a refusal naming another field is shown for the whole form. */
    private static final Map<ComplaintAction, List<String>> FIELDS = Map.of(
            ComplaintAction.ASSESS, List.of("grade", "type", "plan"),
            ComplaintAction.ASSIGN, List.of("handler", "department"),
            ComplaintAction.HOLD, List.of("reason"),
            ComplaintAction.REOPEN, List.of("reason"),
            ComplaintAction.RESOLVE, List.of("solution", "customerNotifiedVia"),
            ComplaintAction.CLOSE, List.of("outcome", "attempts", "note"));

    private final ComplaintDesk desk;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    ComplaintCaseController(ComplaintDesk desk, CurrentStaff currentStaff, Clock clock) {
        this.desk = desk;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    @GetMapping(PATH)
    @PreAuthorize(AgentArea.READERS)
    String show(@PathVariable String number, Model model) {
        return page(desk.open(number), model);
    }

    @PostMapping(PATH + "/actions/{action}")
    @PreAuthorize(AgentArea.WORKERS)
    String act(@PathVariable String number, @PathVariable String action, @Valid @ModelAttribute ActionForm form,
               BindingResult binding, Model model, RedirectAttributes redirect) {
        ComplaintAction chosen = action(action);
        if (binding.hasErrors()) {
            return refused(number, chosen, form, violations(binding), model);
        }
        try {
            desk.act(number, version(form.version()), chosen, form.input());
        } catch (BusinessRuleViolationException e) {
            return refused(number, chosen, form, e.violations().isEmpty()
                    ? List.of(new FieldViolation(null, e.getMessage())) : e.violations(), model);
        } catch (InvalidInputException e) {
            return refused(number, chosen, form, e.violations(), model);
        }
        redirect.addFlashAttribute("done", chosen);
        return "redirect:/console/agent/complaints/" + number;
    }

    @PostMapping(PATH + "/reply")
    @PreAuthorize(AgentArea.WORKERS)
    String reply(@PathVariable String number, @Valid @ModelAttribute ReplyForm form, BindingResult binding,
                 Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            model.addAttribute("replyForm", form);
            model.addAttribute("replyErrors", messages(violations(binding)));
            return page(desk.open(number), model);
        }
        try {
            desk.reply(number, version(form.version()), form.text());
        } catch (BusinessRuleViolationException e) {
            model.addAttribute("replyForm", form);
            model.addAttribute("replyErrors", messages(e.violations()));
            return page(desk.open(number), model);
        }
        redirect.addFlashAttribute("replied", true);
        return "redirect:/console/agent/complaints/" + number;
    }

    private String refused(String number, ComplaintAction action, ActionForm form, List<FieldViolation> violations,
                           Model model) {
        Map<String, String> byField = messages(violations);
        Map<String, String> onFields = new LinkedHashMap<>(byField);
        onFields.keySet().retainAll(FIELDS.getOrDefault(action, List.of()));
        List<String> onForm = byField.entrySet().stream().filter(e -> !onFields.containsKey(e.getKey()))
                .map(e -> e.getKey().isEmpty() ? e.getValue() : e.getKey() + ": " + e.getValue()).toList();
        model.addAttribute("failedAction", action);
        model.addAttribute("actionForm", form);
        model.addAttribute("actionErrors", onFields);
        model.addAttribute("actionFormErrors", onForm);
        return page(desk.open(number), model);
    }

    private String page(ComplaintDesk.ComplaintCase complaint, Model model) {
        Instant now = clock.instant();
        model.addAttribute("complaint", complaint);
        model.addAttribute("can", complaint.actions().stream().map(Enum::name).collect(Collectors.toSet()));
        model.addAttribute("deadlines", complaint.deadlines().stream().map(d -> DeadlineRow.of(d, now)).toList());
        model.addAttribute("now", now);
        model.addAttribute("me", currentStaff.username());
        model.addAttribute("grades", Grade.values());
        model.addAttribute("types", ComplaintType.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("outcomes", List.of("SATISFIED", "PARTIALLY_SATISFIED", "NO_ANSWER", "DISSATISFIED"));
        return VIEW;
    }

    /** Messages by field ({@code ""} for the whole form), in the order they came. */
    private static Map<String, String> messages(List<FieldViolation> violations) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (FieldViolation violation : violations) {
            String field = violation.field() == null ? "" : violation.field();
            // The aggregate names a follow-up outcome's fields as outcome.<field>.
            field = field.startsWith("outcome.") ? field.substring("outcome.".length()) : field;
            messages.merge(field, violation.message(), (a, b) -> a + "; " + b);
        }
        return messages;
    }

    private static List<FieldViolation> violations(BindingResult binding) {
        return binding.getAllErrors().stream().map(error -> new FieldViolation(
                error instanceof FieldError field ? field.getField() : null,
                error instanceof FieldError field && field.isBindingFailure() ? "is not a valid value"
                        : error.getDefaultMessage())).toList();
    }

    private static ComplaintAction action(String path) {
        try {
            return ComplaintAction.valueOf(path.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("action", "unknown action " + path);
        }
    }

    /** Every action names the version it was shown, so a stale page is refused rather than acting blindly. */
    private static long version(Long seen) {
        if (seen == null) {
            throw new InvalidInputException("version", "is required");
        }
        return seen;
    }
}
