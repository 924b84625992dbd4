package dev.crm.app.console.web.agent;

import dev.crm.app.console.FormErrors;
import dev.crm.complaint.api.Channel;
import dev.crm.complaint.api.ComplaintIntake;
import dev.crm.complaint.api.ComplaintKind;
import dev.crm.complaint.api.ComplaintReceipt;
import dev.crm.complaint.api.ContactForm;
import dev.crm.complaint.api.ImpactScope;
import dev.crm.core.api.BusinessTimeZone;
import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.InvalidInputException;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registering a complaint from a phone call, through the same intake as the API and the channels. A
 * refused registration consumes no number and shows the form again with each field's message.
 */
@Controller
class PhoneRegistrationController {

    static final String PATH = "/console/agent/complaints/new";
    private static final String VIEW = "console/agent/register";

    private final ComplaintIntake intake;
    private final CurrentStaff currentStaff;
    private final BusinessTimeZone zone;
    private final Clock clock;

    PhoneRegistrationController(ComplaintIntake intake, CurrentStaff currentStaff, BusinessTimeZone zone, Clock clock) {
        this.intake = intake;
        this.currentStaff = currentStaff;
        this.zone = zone;
        this.clock = clock;
    }

    @GetMapping(PATH)
    @PreAuthorize(AgentArea.WORKERS)
    String blank(Model model) {
        model.addAttribute("call", PhoneCallForm.forCallAt(
                LocalDateTime.ofInstant(clock.instant(), zone.zone()).truncatedTo(ChronoUnit.MINUTES)));
        return form(model);
    }

    @PostMapping("/console/agent/complaints")
    @PreAuthorize(AgentArea.WORKERS)
    String register(@Valid @ModelAttribute("call") PhoneCallForm call, BindingResult binding, Model model,
                    RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model);
        }
        ComplaintReceipt receipt;
        try {
            receipt = intake.register(call.registration(zone.zone()), currentStaff.username());
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e);
            return form(model);
        }
        redirect.addFlashAttribute("registered", receipt.number());
        return "redirect:/console/agent/complaints/" + receipt.number();
    }

    private String form(Model model) {
        model.addAttribute("kinds", ComplaintKind.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("contactForms", ContactForm.values());
        model.addAttribute("scopes", ImpactScope.values());
        model.addAttribute("zone", zone.zone());
        return VIEW;
    }
}
