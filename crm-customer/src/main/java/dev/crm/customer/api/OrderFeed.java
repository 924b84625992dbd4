package dev.crm.customer.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Orders in the order they were recorded, for modules that react to purchases (loyalty earns
 * points on them). A reader keeps its own {@link Cursor} and asks for what was recorded after it;
 * the order is stable (recording time, then order reference), so reading again from a cursor never
 * skips or repeats an order that was there the first time.
 *
 * <p>The order model has no refunds or returns (amounts are never negative), so the feed carries
 * none; a reversal is an explicit act of the reader.
 */
public interface OrderFeed {

    /**
     * Up to {@code limit} orders recorded after {@code after} and no later than {@code upTo}. A
     * reader passes an {@code upTo} a little in the past, so an import still writing a batch stamped
     * earlier cannot slip behind its cursor.
     */
    List<FeedOrder> recordedAfter(Cursor after, Instant upTo, int limit);

    /** What the customer spent in {@code currency} on orders placed in {@code [from, to)}. */
    BigDecimal spendOf(CustomerId customer, String currency, Instant from, Instant to);

    /** A position in the feed: just after the order recorded at {@code recordedAt} with {@code orderRef}. */
    record Cursor(Instant recordedAt, String orderRef) {

        /** Before every order. */
        public static final Cursor START = new Cursor(Instant.EPOCH, "");
    }

    record FeedOrder(String orderRef, CustomerId customerId, BigDecimal amount, String currency,
                     String productCategory, String channel, Instant orderedAt, Instant recordedAt) {

        public Cursor cursor() {
            return new Cursor(recordedAt, orderRef);
        }
    }
}
