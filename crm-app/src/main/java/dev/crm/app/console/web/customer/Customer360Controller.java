package dev.crm.app.console.web.customer;

import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.customer.api.CustomerDesk;
import dev.crm.customer.api.CustomerDesk.CustomerFile;
import dev.crm.customer.api.CustomerDesk.OrderLine;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customer 360: the use case behind GET /api/v1/customers/{id}/360, with the orders paged
 * through the order book (as GET /api/v1/customers/{id}/orders) instead of only the recent ones.
 */
@Controller
class Customer360Controller {

    private static final int ORDERS_PAGE = 10;

    private final CustomerDesk desk;

    Customer360Controller(CustomerDesk desk) {
        this.desk = desk;
    }

    @GetMapping(CustomerSearchController.PATH + "/{id}")
    @PreAuthorize(CustomerArea.READERS)
    String view(@PathVariable String id, @RequestParam(defaultValue = "0") int ordersPage, Model model) {
        CustomerFile file = desk.file(id);
        ResultPage<OrderLine> orders = desk.orders(id, new PageQuery(Math.max(ordersPage, 0), ORDERS_PAGE));
        model.addAttribute("file", file);
        model.addAttribute("profile", file.profile());
        model.addAttribute("value", file.scored());
        model.addAttribute("live", file.live());
        model.addAttribute("orders", orders);
        model.addAttribute("ordersHasNext", (long) (orders.page() + 1) * orders.size() < orders.total());
        return "console/customer/view";
    }
}
