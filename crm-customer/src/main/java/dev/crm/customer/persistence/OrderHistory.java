package dev.crm.customer.persistence;

import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import dev.crm.customer.domain.CustomerPurchases;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * Folds all orders before a cutoff into one {@link CustomerPurchases} per customer, reading
 * raw documents in one streamed pass (no per-order mapping), so memory grows with the number
 * of customers, not of orders.
 */
@Component
public class OrderHistory {

    private final MongoOperations mongo;

    OrderHistory(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public Tally purchasesBefore(Instant cutoff, String currency, ZoneId businessZone, BigDecimal marginRate) {
        Map<String, CustomerPurchases> byCustomer = new HashMap<>();
        long counted = 0;
        long otherCurrency = 0;
        try (MongoCursor<Document> orders = mongo.getCollection("orders")
                .find(Filters.lt("orderedAt", Date.from(cutoff)))
                .projection(Projections.include("customerId", "orderedAt", "amount", "currency", "margin"))
                .batchSize(10_000).iterator()) {
            while (orders.hasNext()) {
                Document order = orders.next();
                if (!currency.equals(order.getString("currency"))) {
                    otherCurrency++;
                    continue;
                }
                counted++;
                byCustomer.computeIfAbsent(order.getString("customerId"), id -> new CustomerPurchases())
                        .add(order.getDate("orderedAt").toInstant().atZone(businessZone).toLocalDate(),
                                decimal(order.get("amount")), decimal(order.get("margin")), marginRate);
            }
        }
        return new Tally(byCustomer, counted, otherCurrency);
    }

    private static BigDecimal decimal(Object stored) {
        if (stored == null) {
            return null;
        }
        if (stored instanceof Decimal128 decimal) {
            return decimal.bigDecimalValue();
        }
        return new BigDecimal(stored.toString());
    }

    /** Purchases per customer id, orders counted, and orders left out for being in another currency. */
    public record Tally(Map<String, CustomerPurchases> byCustomer, long ordersCounted, long ordersInOtherCurrencies) {
    }
}
