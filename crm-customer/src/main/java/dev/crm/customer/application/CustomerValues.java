package dev.crm.customer.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.customer.domain.Customer;
import dev.crm.customer.domain.CustomerPurchases;
import dev.crm.customer.domain.CustomerValuation;
import dev.crm.customer.domain.CustomerValue;
import dev.crm.customer.domain.Order;
import dev.crm.customer.domain.ValueChange;
import dev.crm.customer.persistence.OrderRepository;
import java.time.Clock;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import dev.crm.core.api.BusinessTimeZone;

/** One customer's value: as the last scoring run left it, and as it stands right now. */
@Service
public class CustomerValues {

    private final CustomerRegistry registry;
    private final OrderRepository orders;
    private final ClvFitting fitting;
    private final ValueRulesStore rules;
    private final CustomerValueProperties properties;
    private final BusinessTimeZone businessZone;
    private final MongoOperations mongo;
    private final Clock clock;

    CustomerValues(CustomerRegistry registry, OrderRepository orders, ClvFitting fitting, ValueRulesStore rules,
                   CustomerValueProperties properties, BusinessTimeZone businessZone, MongoOperations mongo,
                   Clock clock) {
        this.registry = registry;
        this.orders = orders;
        this.fitting = fitting;
        this.rules = rules;
        this.properties = properties;
        this.businessZone = businessZone;
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * The stored snapshot and a live valuation as of today from the customer's orders, the
     * latest fit and the current rules (RFM scores stay those of the last run: they rank the
     * customer among everyone, which only a run can do).
     */
    public ValueNow valueOf(String customerId) {
        Customer customer = registry.get(customerId);
        CustomerPurchases purchases = purchasesOf(customerId);
        CustomerValuation valuation = new CustomerValuation(
                java.time.LocalDate.now(clock.withZone(businessZone.zone())), properties.currency(),
                fitting.latest().orElse(null), rules.current(), properties.horizonMonths(),
                properties.annualDiscountRate(), properties.marginRate(), null);
        CustomerValue live = valuation.value(purchases, customer.getValue(), clock.instant());
        return new ValueNow(customer.getValue(), live);
    }

    /** The customer's orders in the value currency, folded per purchase day. */
    public CustomerPurchases purchasesOf(String customerId) {
        CustomerPurchases purchases = new CustomerPurchases();
        for (Order order : orders.findByCustomerIdOrderByOrderedAtAsc(customerId)) {
            if (order.getCurrency().equals(properties.currency())) {
                purchases.add(order.getOrderedAt().atZone(businessZone.zone()).toLocalDate(), order.getAmount(),
                        order.getMargin(), properties.marginRate());
            }
        }
        return purchases.orders() == 0 ? null : purchases;
    }

    public ResultPage<ValueChange> changesOf(String customerId, PageQuery page) {
        registry.get(customerId);
        Query query = Query.query(where("customerId").is(customerId));
        long total = mongo.count(query, ValueChange.class);
        query.with(Sort.by(Sort.Direction.DESC, "at").and(Sort.by("_id"))).skip(page.offset()).limit(page.size());
        return new ResultPage<>(mongo.find(query, ValueChange.class), page.page(), page.size(), total);
    }

    /** {@code scored} is null until a scoring run has seen the customer. */
    public record ValueNow(CustomerValue scored, CustomerValue live) {
    }
}
