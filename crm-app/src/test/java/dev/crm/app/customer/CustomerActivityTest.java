package dev.crm.app.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.customer.api.CustomerActivity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The customer module's port for complaint rates: active customers and orders per interval. 2017. */
class CustomerActivityTest extends ApiIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    CustomerActivity activity;

    @Test
    void activeCustomersAreCountedOncePerIntervalAndEdgesBelongToTheLaterInterval() {
        mongo.insert(List.of(
                order("A-1", "a", "2017-01-03T10:00:00Z"), order("A-2", "a", "2017-01-20T10:00:00Z"),
                order("B-1", "b", "2017-01-31T23:59:59Z"),
                // On the edge: February's.
                order("B-2", "b", "2017-02-01T00:00:00Z"), order("C-1", "c", "2017-02-14T10:00:00Z"),
                // After the last edge: nobody's.
                order("C-2", "c", "2017-03-01T00:00:00Z")), "orders");
        Instant january = Instant.parse("2017-01-01T00:00:00Z");
        Instant february = Instant.parse("2017-02-01T00:00:00Z");
        Instant march = Instant.parse("2017-03-01T00:00:00Z");

        List<CustomerActivity.Activity> months = activity.perInterval(List.of(january, february, march));

        // January: a twice, b once → 2 customers, 3 orders. February: b, c → 2 customers, 2 orders.
        assertThat(months).extracting(CustomerActivity.Activity::activeCustomers).containsExactly(2L, 2L);
        assertThat(months).extracting(CustomerActivity.Activity::orders).containsExactly(3L, 2L);
        assertThat(activity.activeCustomers(january, march)).isEqualTo(3);
        assertThat(activity.orders(january, march)).isEqualTo(5);
        assertThat(activity.orders(Instant.parse("2017-06-01T00:00:00Z"), Instant.parse("2017-07-01T00:00:00Z")))
                .isZero();
        assertThatThrownBy(() -> activity.perInterval(List.of(february, january)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** An order as the customer module stores it: other tests' CLV fits read every order, amounts included. */
    private static Document order(String ref, String customer, String at) {
        return new Document("_id", "ACT-" + ref).append("customerId", "act-" + customer)
                .append("orderedAt", Date.from(Instant.parse(at))).append("amount", new Decimal128(new BigDecimal("50")))
                .append("currency", "CNY");
    }
}
