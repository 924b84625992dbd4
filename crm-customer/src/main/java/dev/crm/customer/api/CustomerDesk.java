package dev.crm.customer.api;

import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.customer.api.CustomerLoyalty.LoyaltySummary;
import dev.crm.customer.api.CustomerServiceHistory.ServiceHistory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Customers as staff read them in the web console: the search, the customer 360 and the order
 * list, through the same use cases as the REST API and with its data minimisation (contacts masked
 * in lists except for administrators and supervisors, and for analysts on the 360).
 */
public interface CustomerDesk {

    /**
     * Customers matching every given criterion (blank ones are ignored), by name.
     *
     * @throws dev.crm.core.api.InvalidInputException for a phone number that is none
     */
    ResultPage<CustomerCard> search(Search search, PageQuery page);

    /**
     * Profile, value (last scoring run and live), recent orders, service history and loyalty.
     *
     * @throws dev.crm.core.api.RecordNotFoundException for an unknown customer
     */
    CustomerFile file(String customerId);

    /** The customer's orders, newest first. */
    ResultPage<OrderLine> orders(String customerId, PageQuery page);

    /** What the search form asks; any of it may be blank. */
    record Search(String name, String phone, String externalRef, ValueTier tier, LifecycleStage stage) {
    }

    /** One customer in a list; {@code email} and {@code phone} already masked where the viewer may not see them. */
    record CustomerCard(String id, String displayName, String email, String phone, String externalRef, String region,
                        ValueTier tier, LifecycleStage stage, boolean erased) {
    }

    /**
     * The customer 360. {@code scored} is null until a scoring run has seen the customer; {@code service}
     * and {@code loyalty} are null when the modules providing them are absent (loyalty also for a
     * customer without points or membership).
     */
    record CustomerFile(Profile profile, Value scored, Value live, List<OrderLine> recentOrders,
                        ServiceHistory service, LoyaltySummary loyalty) {
    }

    /** The profile, contacts masked for viewers who do not work cases. */
    record Profile(String id, String displayName, String legalName, String email, String phone, String wechatOpenId,
                   String externalRef, Set<ContactChannel> consents, ContactChannel preferredChannel, String region,
                   String industry, Set<String> tags, Set<RiskFlag> riskFlags, boolean erased, Instant createdAt) {
    }

    /**
     * A value snapshot: RFM (null without orders), historic CLV, the model's prediction (null before a
     * fit: predictive CLV, P(alive), expected purchases over {@code horizonMonths}), tier and stage.
     */
    record Value(LocalDate asOf, String currency, long orders, Rfm rfm, BigDecimal historicClv,
                 Prediction prediction, ValueTier tier, String tierReason, LifecycleStage stage, String stageReason,
                 Instant computedAt) {
    }

    record Rfm(long recencyDays, long frequency, BigDecimal monetary, int recencyScore, int frequencyScore,
               int monetaryScore, String cell) {
    }

    record Prediction(int horizonMonths, double expectedPurchases, double probabilityAlive,
                      BigDecimal discountedClv) {
    }

    record OrderLine(String orderRef, Instant orderedAt, BigDecimal amount, String currency, String productCategory,
                     String channel) {
    }
}
