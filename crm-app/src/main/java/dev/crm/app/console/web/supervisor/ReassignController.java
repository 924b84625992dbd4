package dev.crm.app.console.web.supervisor;

import dev.crm.app.console.FormErrors;
import dev.crm.complaint.api.ComplaintBoard;
import dev.crm.complaint.api.ComplaintDesk;
import dev.crm.complaint.api.ComplaintDesk.ComplaintCase;
import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.core.api.Role;
import dev.crm.core.api.StaffDirectory;
import dev.crm.core.api.StaffMember;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
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
 * Reassigning a complaint: the API's hand-over (the owner changes, with a reason on the timeline),
 * choosing the new owner among the enabled agents and supervisors.
 */
@Controller
class ReassignController {

    static final String PATH = "/console/supervisor/complaints/{number}/reassign";
    private static final String VIEW = "console/supervisor/reassign";

    private final ComplaintDesk desk;
    private final ComplaintBoard board;
    private final StaffDirectory staffDirectory;

    ReassignController(ComplaintDesk desk, ComplaintBoard board, StaffDirectory staffDirectory) {
        this.desk = desk;
        this.board = board;
        this.staffDirectory = staffDirectory;
    }

    @GetMapping(PATH)
    @PreAuthorize(SupervisorArea.WORKERS)
    String form(@PathVariable String number, Model model) {
        ComplaintCase complaint = desk.open(number);
        model.addAttribute("form", ReassignForm.blank(complaint.version()));
        return page(complaint, model);
    }

    @PostMapping(PATH)
    @PreAuthorize(SupervisorArea.WORKERS)
    String reassign(@PathVariable String number, @Valid @ModelAttribute("form") ReassignForm form,
                    BindingResult result, Model model, RedirectAttributes redirect) {
        List<StaffMember> candidates = candidates();
        if (!result.hasFieldErrors("newOwner")
                && candidates.stream().noneMatch(member -> member.username().equals(form.newOwner()))) {
            result.rejectValue("newOwner", "supervisor.reassign.not-a-candidate");
        }
        if (result.hasErrors()) {
            return page(desk.open(number), model);
        }
        try {
            board.handOver(number, form.version(), form.newOwner(), form.reason());
        } catch (BusinessRuleViolationException e) {
            FormErrors.reject(result, e);
            return page(desk.open(number), model);
        } catch (InvalidInputException e) {
            FormErrors.reject(result, e);
            return page(desk.open(number), model);
        }
        redirect.addFlashAttribute("reassignedTo", form.newOwner());
        return "redirect:" + PATH.replace("{number}", number);
    }

    private String page(ComplaintCase complaint, Model model) {
        model.addAttribute("complaint", complaint);
        model.addAttribute("candidates", candidates());
        return VIEW;
    }

    /** Enabled staff who work complaints, by user name. */
    private List<StaffMember> candidates() {
        List<StaffMember> candidates = new ArrayList<>();
        int pageNumber = 0;
        while (true) {
            ResultPage<StaffMember> batch = staffDirectory.list(new PageQuery(pageNumber, ResultPage.MAX_SIZE));
            batch.items().stream()
                    .filter(StaffMember::enabled)
                    .filter(member -> member.roles().contains(Role.AGENT) || member.roles().contains(Role.SUPERVISOR))
                    .forEach(candidates::add);
            if (batch.items().size() < ResultPage.MAX_SIZE) {
                return candidates;
            }
            pageNumber++;
        }
    }
}
