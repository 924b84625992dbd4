package dev.crm.app.console.web.customer;

import dev.crm.app.console.FormErrors;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.customer.api.CustomerDesk;
import dev.crm.customer.api.CustomerDesk.CustomerCard;
import dev.crm.customer.api.LifecycleStage;
import dev.crm.customer.api.ValueTier;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The customer list: a search by name, phone, external reference, tier and stage, paginated. */
@Controller
class CustomerSearchController {

    static final String PATH = "/console/customers";
    private static final String VIEW = "console/customer/search";
    private static final int PAGE_SIZE = 20;

    private final CustomerDesk desk;

    CustomerSearchController(CustomerDesk desk) {
        this.desk = desk;
    }

    /** A GET form: a search is safe to repeat and its address can be bookmarked. */
    @GetMapping(PATH)
    @PreAuthorize(CustomerArea.READERS)
    String search(@Valid @ModelAttribute("search") CustomerSearchForm search, BindingResult binding,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("tiers", ValueTier.values());
        model.addAttribute("stages", LifecycleStage.values());
        if (binding.hasErrors()) {
            return VIEW;
        }
        ResultPage<CustomerCard> found;
        try {
            found = desk.search(search.search(), new PageQuery(Math.max(page, 0), PAGE_SIZE));
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e);
            return VIEW;
        }
        model.addAttribute("found", found);
        model.addAttribute("hasNext", (long) (found.page() + 1) * found.size() < found.total());
        return VIEW;
    }
}
