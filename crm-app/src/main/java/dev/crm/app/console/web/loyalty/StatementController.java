package dev.crm.app.console.web.loyalty;

import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.customer.api.CustomerDirectory;
import dev.crm.customer.api.CustomerId;
import dev.crm.loyalty.api.LedgerEntryView;
import dev.crm.loyalty.api.PointsAccountView;
import dev.crm.loyalty.api.PointsDesk;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A customer's points account: balance, open lots with their expiry, and the statement with running balance. */
@Controller
class StatementController {

    static final int PAGE_SIZE = 20;

    private final PointsDesk desk;
    private final CustomerDirectory customers;

    StatementController(PointsDesk desk, CustomerDirectory customers) {
        this.desk = desk;
        this.customers = customers;
    }

    static String path(String customerId) {
        return AccountLookupController.PATH + "/accounts/" + AccountLookupController.encoded(customerId);
    }

    /** Oldest first, as a running balance reads; without a page the last one, where the newest entries are. */
    @GetMapping(AccountLookupController.PATH + "/accounts/{customerId}")
    @PreAuthorize(LoyaltyArea.STATEMENT_READERS)
    String statement(@PathVariable String customerId, @RequestParam(required = false) Integer page, Model model) {
        PointsAccountView account = desk.account(customerId);
        long entries = account.lastSequence();
        int last = entries == 0 ? 0 : (int) ((entries - 1) / PAGE_SIZE);
        int shown = page == null ? last : Math.max(0, Math.min(page, last));
        ResultPage<LedgerEntryView> statement = desk.statement(customerId, new PageQuery(shown, PAGE_SIZE));
        model.addAttribute("customerId", customerId);
        model.addAttribute("customerName", customers.find(new CustomerId(customerId))
                .map(c -> c.displayName()).orElse(customerId));
        model.addAttribute("account", account);
        model.addAttribute("statement", statement);
        model.addAttribute("page", shown);
        model.addAttribute("lastPage", last);
        return "console/loyalty/statement";
    }
}
