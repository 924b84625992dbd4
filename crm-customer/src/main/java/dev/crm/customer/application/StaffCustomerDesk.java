package dev.crm.customer.application;

import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.PhoneNumber;
import dev.crm.core.api.ResultPage;
import dev.crm.core.api.Role;
import dev.crm.customer.api.CustomerDesk;
import dev.crm.customer.domain.Customer;
import dev.crm.customer.domain.CustomerCriteria;
import dev.crm.customer.domain.CustomerValue;
import dev.crm.customer.domain.Order;
import org.springframework.stereotype.Service;

/** The console's view of customers: the REST API's use cases (registry search, Customer360, order book). */
@Service
class StaffCustomerDesk implements CustomerDesk {

    private final CustomerRegistry registry;
    private final Customer360 customer360;
    private final OrderBook orders;
    private final CurrentStaff currentStaff;

    StaffCustomerDesk(CustomerRegistry registry, Customer360 customer360, OrderBook orders,
                      CurrentStaff currentStaff) {
        this.registry = registry;
        this.customer360 = customer360;
        this.orders = orders;
        this.currentStaff = currentStaff;
    }

    @Override
    public ResultPage<CustomerCard> search(Search search, PageQuery page) {
        CustomerCriteria criteria = new CustomerCriteria(blankToNull(search.name()), null, phone(search.phone()),
                blankToNull(search.externalRef()), null, search.tier(), search.stage());
        // As GET /api/v1/customers: lists reveal contacts to administrators and supervisors only.
        boolean reveal = currentStaff.hasRole(Role.ADMIN) || currentStaff.hasRole(Role.SUPERVISOR);
        return registry.search(criteria, page).map(customer -> card(customer, reveal));
    }

    @Override
    public CustomerFile file(String customerId) {
        Customer360.View view = customer360.of(customerId);
        // As GET /api/v1/customers/{id}/360: staff who work cases see one customer's contacts in full.
        boolean reveal = currentStaff.hasRole(Role.ADMIN) || currentStaff.hasRole(Role.SUPERVISOR)
                || currentStaff.hasRole(Role.AGENT);
        return new CustomerFile(profile(view.customer(), reveal), value(view.value().scored()),
                value(view.value().live()), view.recentOrders().stream().map(StaffCustomerDesk::line).toList(),
                view.service(), view.loyalty());
    }

    @Override
    public ResultPage<OrderLine> orders(String customerId, PageQuery page) {
        registry.get(customerId);
        return orders.ordersOf(customerId, page).map(StaffCustomerDesk::line);
    }

    private static CustomerCard card(Customer c, boolean reveal) {
        CustomerValue value = c.getValue();
        return new CustomerCard(c.getId(), c.getDisplayName(), email(c, reveal), phone(c, reveal), c.getExternalRef(),
                c.getRegion(), value == null ? null : value.tier(), value == null ? null : value.stage(), c.isErased());
    }

    private static Profile profile(Customer c, boolean reveal) {
        String openId = c.getWechatOpenId();
        if (openId != null && !reveal) {
            openId = openId.length() <= 4 ? "****" : openId.substring(0, 4) + "****";
        }
        return new Profile(c.getId(), c.getDisplayName(), c.getLegalName(), email(c, reveal), phone(c, reveal), openId,
                c.getExternalRef(), c.getConsents(), c.getPreferredChannel(), c.getRegion(), c.getIndustry(),
                c.getTags(), c.getRiskFlags(), c.isErased(), c.getCreatedAt());
    }

    private static String email(Customer c, boolean reveal) {
        return c.getEmail() == null ? null : reveal ? c.getEmail().value() : c.getEmail().masked();
    }

    private static String phone(Customer c, boolean reveal) {
        return c.getPhone() == null ? null : reveal ? c.getPhone().value() : c.getPhone().masked();
    }

    private static Value value(CustomerValue v) {
        if (v == null) {
            return null;
        }
        Rfm rfm = v.rfm() == null ? null : new Rfm(v.rfm().recencyDays(), v.rfm().frequency(), v.rfm().monetary(),
                v.rfm().recencyScore(), v.rfm().frequencyScore(), v.rfm().monetaryScore(), v.rfm().cell());
        Prediction prediction = v.prediction() == null ? null : new Prediction(v.prediction().horizonMonths(),
                v.prediction().expectedPurchases(), v.prediction().probabilityAlive(),
                v.prediction().discountedClv());
        return new Value(v.asOf(), v.currency(), v.orders(), rfm, v.historicClv(), prediction, v.tier(),
                v.tierReason(), v.stage(), v.stageReason(), v.computedAt());
    }

    private static OrderLine line(Order o) {
        return new OrderLine(o.getOrderRef(), o.getOrderedAt(), o.getAmount(), o.getCurrency(), o.getProductCategory(),
                o.getChannel());
    }

    private static PhoneNumber phone(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!PhoneNumber.isValid(value)) {
            throw new InvalidInputException("phone", "not a valid phone number");
        }
        return new PhoneNumber(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
