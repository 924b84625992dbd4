package dev.crm.app.console.web.hr;

import dev.crm.app.console.FormErrors;
import dev.crm.app.console.web.hr.PlanForms.PlanForm;
import dev.crm.app.console.web.hr.PlanForms.PlannedCourseForm;
import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.DuplicateRecordException;
import dev.crm.core.api.IllegalStateTransitionException;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.PageQuery;
import dev.crm.training.api.TrainingDesk;
import dev.crm.training.api.TrainingDesk.PlanView;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Training plans per department and period: staff read them, HR and admins draft, fill and advance them. */
@Controller
class PlanPages {

    static final String PATH = "/console/hr/plans";

    private final TrainingDesk desk;

    PlanPages(TrainingDesk desk) {
        this.desk = desk;
    }

    @GetMapping(PATH)
    @PreAuthorize(HrArea.STAFF)
    String list(@RequestParam(required = false) String department, Authentication user, Model model) {
        model.addAttribute("plan", new PlanForm(department, null, null, null, null));
        return listPage(department, user, model);
    }

    @PostMapping(PATH)
    @PreAuthorize(HrArea.MANAGERS)
    String draft(@Valid @ModelAttribute("plan") PlanForm plan, BindingResult binding, Authentication user,
                 Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return listPage(null, user, model);
        }
        PlanView drafted;
        try {
            drafted = desk.draftPlan(plan.departmentCode().strip(), plan.periodStart(), plan.periodEnd(),
                    plan.title(), plan.needsAnalysis());
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e);
            return listPage(null, user, model);
        } catch (BusinessRuleViolationException e) {
            FormErrors.reject(binding, e);
            return listPage(null, user, model);
        } catch (DuplicateRecordException e) {
            binding.rejectValue("periodStart", "hr.plan.period-taken");
            return listPage(null, user, model);
        }
        redirect.addFlashAttribute("saved", "hr.plan.drafted");
        return "redirect:" + PATH + "/" + drafted.id();
    }

    @GetMapping(PATH + "/{id}")
    @PreAuthorize(HrArea.STAFF)
    String plan(@PathVariable String id, Authentication user, Model model) {
        model.addAttribute("planned", new PlannedCourseForm(null, null, null));
        return planPage(id, user, model);
    }

    @PostMapping(PATH + "/{id}/courses")
    @PreAuthorize(HrArea.MANAGERS)
    String planCourse(@PathVariable String id, @Valid @ModelAttribute("planned") PlannedCourseForm planned,
                      BindingResult binding, Authentication user, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return planPage(id, user, model);
        }
        try {
            desk.planCourse(id, planned.courseCode().strip(), planned.dueDate(), planned.audience());
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e);
            return planPage(id, user, model);
        } catch (BusinessRuleViolationException e) {
            FormErrors.reject(binding, e);
            return planPage(id, user, model);
        }
        redirect.addFlashAttribute("saved", "hr.plan.course-planned");
        return "redirect:" + PATH + "/" + id;
    }

    @PostMapping(PATH + "/{id}/advance")
    @PreAuthorize(HrArea.MANAGERS)
    String advance(@PathVariable String id, RedirectAttributes redirect) {
        try {
            desk.advancePlan(id);
            redirect.addFlashAttribute("saved", "hr.plan.advanced");
        } catch (BusinessRuleViolationException | IllegalStateTransitionException e) {
            redirect.addFlashAttribute("refusal", e.getMessage());
        }
        return "redirect:" + PATH + "/" + id;
    }

    private String listPage(String department, Authentication user, Model model) {
        String filter = department == null || department.isBlank() ? null : department.strip();
        model.addAttribute("plans", desk.plans(filter, PageQuery.of(0, 100)));
        model.addAttribute("department", filter);
        model.addAttribute("departments", desk.departments());
        return "console/hr/plans";
    }

    private String planPage(String id, Authentication user, Model model) {
        model.addAttribute("planView", desk.plan(id));
        boolean manages = CoursePages.hasAnyRole(user, "ROLE_HR", "ROLE_ADMIN");
        model.addAttribute("enrolments", manages ? desk.enrolmentsFor(id) : List.of());
        return "console/hr/plan";
    }
}
