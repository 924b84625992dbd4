package dev.crm.app.console.web.hr;

import dev.crm.app.console.FormErrors;
import dev.crm.app.console.web.hr.PlanForms.AttendanceForm;
import dev.crm.app.console.web.hr.PlanForms.CancellationForm;
import dev.crm.app.console.web.hr.PlanForms.CompletionForm;
import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.IllegalStateTransitionException;
import dev.crm.core.api.InvalidInputException;
import dev.crm.training.api.TrainingDesk;
import jakarta.validation.Valid;
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
 * One enrolment: the person, their supervisor chain, HR and admins read it (checked by the module);
 * HR and admins record attendance, complete or cancel it. Each form is checked on its own; a refused
 * one shows again with its messages, the others blank.
 */
@Controller
class EnrolmentPages {

    static final String PATH = "/console/hr/enrolments";

    private final TrainingDesk desk;

    EnrolmentPages(TrainingDesk desk) {
        this.desk = desk;
    }

    @GetMapping(PATH + "/{id}")
    @PreAuthorize(HrArea.STAFF)
    String enrolment(@PathVariable String id, Model model) {
        return page(id, model);
    }

    @PostMapping(PATH + "/{id}/attendance")
    @PreAuthorize(HrArea.MANAGERS)
    String attendance(@PathVariable String id, @Valid @ModelAttribute("attendance") AttendanceForm attendance,
                      BindingResult binding, Model model, RedirectAttributes redirect) {
        return act(id, binding, model, redirect, "hr.enrolment.attendance-recorded",
                () -> desk.recordAttendance(id, attendance.date(), Boolean.TRUE.equals(attendance.present()),
                        attendance.minutes(), attendance.note()));
    }

    @PostMapping(PATH + "/{id}/complete")
    @PreAuthorize(HrArea.MANAGERS)
    String complete(@PathVariable String id, @Valid @ModelAttribute("completion") CompletionForm completion,
                    BindingResult binding, Model model, RedirectAttributes redirect) {
        return act(id, binding, model, redirect, "hr.enrolment.completed",
                () -> desk.complete(id, completion.score()));
    }

    @PostMapping(PATH + "/{id}/cancel")
    @PreAuthorize(HrArea.MANAGERS)
    String cancel(@PathVariable String id, @Valid @ModelAttribute("cancellation") CancellationForm cancellation,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        return act(id, binding, model, redirect, "hr.enrolment.cancelled",
                () -> desk.cancel(id, cancellation.reason()));
    }

    /**
     * One step on the enrolment: a form error, a refusal of the module or a finished enrolment
     * shows the page again with the message; otherwise back to the page with {@code saved}.
     */
    private String act(String id, BindingResult binding, Model model, RedirectAttributes redirect, String saved,
                       Runnable step) {
        if (binding.hasErrors()) {
            return page(id, model);
        }
        try {
            step.run();
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e);
            return page(id, model);
        } catch (BusinessRuleViolationException e) {
            FormErrors.reject(binding, e);
            return page(id, model);
        } catch (IllegalStateTransitionException e) {
            binding.reject("hr.enrolment.finished");
            return page(id, model);
        }
        redirect.addFlashAttribute("saved", saved);
        return "redirect:" + PATH + "/" + id;
    }

    private String page(String id, Model model) {
        model.addAttribute("enrolment", desk.enrolment(id));
        if (!model.containsAttribute("attendance")) {
            model.addAttribute("attendance", new AttendanceForm(null, true, null, null));
        }
        if (!model.containsAttribute("completion")) {
            model.addAttribute("completion", new CompletionForm(null));
        }
        if (!model.containsAttribute("cancellation")) {
            model.addAttribute("cancellation", new CancellationForm(null));
        }
        return "console/hr/enrolment";
    }
}
