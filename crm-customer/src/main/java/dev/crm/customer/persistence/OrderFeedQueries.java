package dev.crm.customer.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.customer.api.CustomerId;
import dev.crm.customer.api.OrderFeed;
import dev.crm.customer.domain.Order;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The order feed over {@code orders}, served by the {@code recordedAt_id} index on MongoDB. */
@Component
class OrderFeedQueries implements OrderFeed {

    private final MongoOperations mongo;

    OrderFeedQueries(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<FeedOrder> recordedAfter(Cursor after, Instant upTo, int limit) {
        Criteria later = new Criteria().orOperator(where("recordedAt").gt(after.recordedAt()),
                where("recordedAt").is(after.recordedAt()).and("_id").gt(after.orderRef()));
        Query query = Query.query(new Criteria().andOperator(later, where("recordedAt").lte(upTo)))
                .with(Sort.by("recordedAt").and(Sort.by("_id"))).limit(limit);
        return mongo.find(query, Order.class).stream()
                .map(order -> new FeedOrder(order.getOrderRef(), new CustomerId(order.getCustomerId()),
                        order.getAmount(), order.getCurrency(), order.getProductCategory(), order.getChannel(),
                        order.getOrderedAt(), order.getRecordedAt()))
                .toList();
    }

    @Override
    public BigDecimal spendOf(CustomerId customer, String currency, Instant from, Instant to) {
        Query query = Query.query(where("customerId").is(customer.value()).and("currency").is(currency)
                .and("orderedAt").gte(from).lt(to));
        query.fields().include("amount");
        return mongo.find(query, Order.class).stream().map(Order::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
