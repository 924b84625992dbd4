package dev.crm.customer.application;

import dev.crm.core.api.PageQuery;
import dev.crm.customer.api.CustomerId;
import dev.crm.customer.api.CustomerLoyalty;
import dev.crm.customer.api.CustomerLoyalty.LoyaltySummary;
import dev.crm.customer.api.CustomerServiceHistory;
import dev.crm.customer.api.CustomerServiceHistory.ServiceHistory;
import dev.crm.customer.application.CustomerValues.ValueNow;
import dev.crm.customer.domain.Customer;
import dev.crm.customer.domain.Order;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Everything the company knows about a customer in one call (DOMAIN §2 customer 360): profile,
 * value, recent orders, service history and loyalty. Service history and loyalty come through
 * ports other modules implement; without them (a deployment without those modules) they are
 * null, never an error.
 */
@Service
public class Customer360 {

    static final int RECENT = 10;

    private final CustomerRegistry registry;
    private final CustomerValues values;
    private final OrderBook orders;
    private final ObjectProvider<CustomerServiceHistory> serviceHistory;
    private final ObjectProvider<CustomerLoyalty> loyalty;

    Customer360(CustomerRegistry registry, CustomerValues values, OrderBook orders,
                ObjectProvider<CustomerServiceHistory> serviceHistory, ObjectProvider<CustomerLoyalty> loyalty) {
        this.registry = registry;
        this.values = values;
        this.orders = orders;
        this.serviceHistory = serviceHistory;
        this.loyalty = loyalty;
    }

    public View of(String id) {
        Customer customer = registry.get(id);
        CustomerId customerId = new CustomerId(id);
        ValueNow value = values.valueOf(id);
        List<Order> recentOrders = orders.ordersOf(id, new PageQuery(0, RECENT)).items();
        CustomerServiceHistory history = serviceHistory.getIfAvailable();
        CustomerLoyalty loyaltyPort = loyalty.getIfAvailable();
        return new View(customer, value, recentOrders, history == null ? null : history.of(customerId, RECENT),
                loyaltyPort == null ? null : loyaltyPort.summaryOf(customerId).orElse(null));
    }

    public record View(Customer customer, ValueNow value, List<Order> recentOrders, ServiceHistory service,
                       LoyaltySummary loyalty) {
    }
}
