package dev.crm.app.console.web.loyalty;

import dev.crm.customer.api.CustomerDirectory;
import dev.crm.customer.api.CustomerId;
import dev.crm.customer.api.CustomerView;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/** Finds the points account to open: by customer id, or any contact or reference the directory knows. */
@Controller
class AccountLookupController {

    static final String PATH = "/console/loyalty";

    private final CustomerDirectory customers;

    AccountLookupController(CustomerDirectory customers) {
        this.customers = customers;
    }

    @GetMapping(PATH)
    @PreAuthorize(LoyaltyArea.STATEMENT_READERS)
    String lookup(@RequestParam(required = false) String customer, Model model) {
        if (customer == null || customer.isBlank()) {
            return "console/loyalty/lookup";
        }
        String text = customer.strip();
        Optional<CustomerView> found = customers.find(new CustomerId(text)).or(() -> customers.findByContact(text));
        if (found.isEmpty()) {
            model.addAttribute("customer", text);
            model.addAttribute("notFound", true);
            return "console/loyalty/lookup";
        }
        return "redirect:" + StatementController.path(found.get().id().value());
    }

    static String encoded(String text) {
        return UriUtils.encodePathSegment(text, StandardCharsets.UTF_8);
    }
}
