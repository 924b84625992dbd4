package dev.crm.app.console.web.hr;

import dev.crm.app.console.FormErrors;
import dev.crm.app.console.web.hr.PlanForms.EnrolForm;
import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.DuplicateRecordException;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.PageQuery;
import dev.crm.training.api.CourseCategory;
import dev.crm.training.api.DeliveryForm;
import dev.crm.training.api.TrainingDesk;
import dev.crm.training.api.TrainingDesk.CourseVersion;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Collections;
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

/**
 * The course catalogue: everyone on staff reads it; HR and admins offer and revise courses (a change
 * makes a new version) and enrol people in them. A refused form shows again with each field's message
 * and nothing is saved (the module writes a course in one go, or not at all).
 */
@Controller
class CoursePages {

    static final String PATH = "/console/hr/courses";

    private final TrainingDesk desk;

    CoursePages(TrainingDesk desk) {
        this.desk = desk;
    }

    @GetMapping(PATH)
    @PreAuthorize(HrArea.STAFF)
    String list(@RequestParam(required = false) CourseCategory category, @RequestParam(required = false) Integer page,
                Model model) {
        model.addAttribute("courses", desk.courses(category, PageQuery.of(page, 50)));
        model.addAttribute("category", category);
        model.addAttribute("categories", CourseCategory.values());
        return "console/hr/courses";
    }

    @GetMapping(PATH + "/new")
    @PreAuthorize(HrArea.MANAGERS)
    String blank(Model model) {
        model.addAttribute("course", CourseForm.blank());
        return form(model, false);
    }

    @PostMapping(PATH)
    @PreAuthorize(HrArea.MANAGERS)
    String offer(@Valid @ModelAttribute("course") CourseForm course, BindingResult binding, Model model,
                 RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, false);
        }
        CourseVersion offered;
        try {
            offered = desk.offer(course.code().strip(), course.input());
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e);
            return form(model, false);
        } catch (BusinessRuleViolationException e) {
            FormErrors.reject(binding, e);
            return form(model, false);
        } catch (DuplicateRecordException e) {
            binding.rejectValue("code", "hr.course.code-taken");
            return form(model, false);
        }
        redirect.addFlashAttribute("saved", "hr.course.offered");
        return "redirect:" + PATH + "/" + offered.code();
    }

    @GetMapping(PATH + "/{code}")
    @PreAuthorize(HrArea.STAFF)
    String course(@PathVariable String code, Authentication user, Model model) {
        model.addAttribute("enrol", new EnrolForm(null, null, null));
        return coursePage(code, user, model);
    }

    @GetMapping(PATH + "/{code}/edit")
    @PreAuthorize(HrArea.MANAGERS)
    String edit(@PathVariable String code, Model model) {
        model.addAttribute("course", CourseForm.of(desk.course(code)));
        return form(model, true);
    }

    @PostMapping(PATH + "/{code}")
    @PreAuthorize(HrArea.MANAGERS)
    String revise(@PathVariable String code, @Valid @ModelAttribute("course") CourseForm submitted,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        CourseForm course = submitted.withCode(code);
        model.addAttribute("course", course);
        if (binding.hasErrors()) {
            return form(model, true);
        }
        CourseVersion before = desk.course(code);
        CourseVersion revised;
        try {
            revised = desk.revise(code, course.input());
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e);
            return form(model, true);
        } catch (BusinessRuleViolationException e) {
            FormErrors.reject(binding, e);
            return form(model, true);
        }
        redirect.addFlashAttribute("saved", revised.revision() == before.revision() ? "hr.course.unchanged"
                : "hr.course.revised-done");
        return "redirect:" + PATH + "/" + code;
    }

    @PostMapping(PATH + "/{code}/enrolments")
    @PreAuthorize(HrArea.MANAGERS)
    String enrol(@PathVariable String code, @Valid @ModelAttribute("enrol") EnrolForm enrol, BindingResult binding,
                 Authentication user, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return coursePage(code, user, model);
        }
        try {
            String plan = enrol.planId() == null || enrol.planId().isBlank() ? null : enrol.planId().strip();
            desk.enrol(enrol.staff().strip(), code, enrol.dueDate(), plan);
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e);
            return coursePage(code, user, model);
        } catch (BusinessRuleViolationException e) {
            FormErrors.reject(binding, e);
            return coursePage(code, user, model);
        } catch (DuplicateRecordException e) {
            binding.rejectValue("staff", "hr.enrol.already-open");
            return coursePage(code, user, model);
        }
        redirect.addFlashAttribute("saved", "hr.enrol.done");
        return "redirect:" + PATH + "/" + code;
    }

    private String coursePage(String code, Authentication user, Model model) {
        model.addAttribute("course", desk.course(code));
        List<CourseVersion> versions = new ArrayList<>(desk.versions(code));
        Collections.reverse(versions);
        model.addAttribute("versions", versions);
        // Enrolments are personal records: the list is HR's and admins' (the API's managers) only.
        boolean manages = hasAnyRole(user, "ROLE_HR", "ROLE_ADMIN");
        model.addAttribute("enrolments", manages ? desk.enrolmentsIn(code) : List.of());
        model.addAttribute("plans", manages ? desk.plans(null, PageQuery.of(0, 200)).items() : List.of());
        return "console/hr/course";
    }

    private String form(Model model, boolean editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("categories", CourseCategory.values());
        model.addAttribute("deliveryForms", DeliveryForm.values());
        return "console/hr/course-form";
    }

    static boolean hasAnyRole(Authentication user, String... roles) {
        return user != null && user.getAuthorities().stream()
                .anyMatch(a -> List.of(roles).contains(a.getAuthority()));
    }
}
