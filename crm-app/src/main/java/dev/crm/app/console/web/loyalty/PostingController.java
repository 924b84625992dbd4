package dev.crm.app.console.web.loyalty;

import dev.crm.app.console.FormErrors;
import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.DuplicateRecordException;
import dev.crm.core.api.InvalidInputException;
import dev.crm.loyalty.api.InsufficientPointsException;
import dev.crm.loyalty.api.PointsDesk;
import dev.crm.loyalty.api.PointsPosting;
import jakarta.validation.Valid;
import java.util.UUID;
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
 * Manual adjustment and points redemption. Each form carries a one-time key made when it is
 * rendered and kept when it is shown again with errors; the ledger posts a key at most once, so a
 * double click or a re-POST of the same form answers with the entry posted the first time.
 */
@Controller
class PostingController {

    private static final String ACCOUNT = AccountLookupController.PATH + "/accounts/{customerId}";
    private static final String ADJUST_VIEW = "console/loyalty/adjust";
    private static final String REDEEM_VIEW = "console/loyalty/redeem";

    private final PointsDesk desk;

    PostingController(PointsDesk desk) {
        this.desk = desk;
    }

    @GetMapping(ACCOUNT + "/adjustment")
    @PreAuthorize(LoyaltyArea.ADJUSTERS)
    String adjustment(@PathVariable String customerId, Model model) {
        model.addAttribute("form", new AdjustmentForm(null, null, newKey()));
        return page(customerId, model, ADJUST_VIEW);
    }

    @PostMapping(ACCOUNT + "/adjustment")
    @PreAuthorize(LoyaltyArea.ADJUSTERS)
    String adjust(@PathVariable String customerId, @Valid @ModelAttribute("form") AdjustmentForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(customerId, model, ADJUST_VIEW);
        }
        try {
            return posted(customerId, desk.adjust(customerId, form.points(), form.reason(), form.key()), redirect);
        } catch (InsufficientPointsException e) {
            return insufficient(customerId, e, binding, model, ADJUST_VIEW);
        } catch (BusinessRuleViolationException e) {
            FormErrors.reject(binding, e);
            return page(customerId, model, ADJUST_VIEW);
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e);
            return page(customerId, model, ADJUST_VIEW);
        } catch (DuplicateRecordException e) {
            binding.reject("loyalty.form.key-used");
            model.addAttribute("form", new AdjustmentForm(form.points(), form.reason(), newKey()));
            return page(customerId, model, ADJUST_VIEW);
        }
    }

    @GetMapping(ACCOUNT + "/redemption")
    @PreAuthorize(LoyaltyArea.REDEEMERS)
    String redemption(@PathVariable String customerId, Model model) {
        model.addAttribute("form", new RedemptionForm(null, null, newKey()));
        return page(customerId, model, REDEEM_VIEW);
    }

    @PostMapping(ACCOUNT + "/redemption")
    @PreAuthorize(LoyaltyArea.REDEEMERS)
    String redeem(@PathVariable String customerId, @Valid @ModelAttribute("form") RedemptionForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(customerId, model, REDEEM_VIEW);
        }
        try {
            return posted(customerId, desk.redeem(customerId, form.points(), form.reason(), form.key()), redirect);
        } catch (InsufficientPointsException e) {
            return insufficient(customerId, e, binding, model, REDEEM_VIEW);
        } catch (BusinessRuleViolationException e) {
            FormErrors.reject(binding, e);
            return page(customerId, model, REDEEM_VIEW);
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e);
            return page(customerId, model, REDEEM_VIEW);
        } catch (DuplicateRecordException e) {
            binding.reject("loyalty.form.key-used");
            model.addAttribute("form", new RedemptionForm(form.points(), form.reason(), newKey()));
            return page(customerId, model, REDEEM_VIEW);
        }
    }

    private String posted(String customerId, PointsPosting posting, RedirectAttributes redirect) {
        redirect.addFlashAttribute(posting.replayed() ? "replayed" : "posted", posting.entry());
        return "redirect:" + StatementController.path(customerId);
    }

    /** Nothing was posted, so the key stays unused and the corrected form may post under it. */
    private String insufficient(String customerId, InsufficientPointsException e, BindingResult binding, Model model,
                                String view) {
        binding.rejectValue("points", "loyalty.form.insufficient", new Object[] {e.available()},
                "Not enough points: " + e.available() + " available");
        return page(customerId, model, view);
    }

    private String page(String customerId, Model model, String view) {
        model.addAttribute("customerId", customerId);
        model.addAttribute("account", desk.account(customerId));
        return view;
    }

    private static String newKey() {
        return "console:" + UUID.randomUUID();
    }
}
