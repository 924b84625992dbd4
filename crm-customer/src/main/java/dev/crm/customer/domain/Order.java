package dev.crm.customer.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import lombok.Getter;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A customer's order as the source system recorded it. The external order reference is the
 * document id: recording the same order twice (a re-run import, a retried call) finds it
 * there instead of counting the purchase twice.
 */
@Getter
@Document("orders")
@CompoundIndex(name = "customer_orderedAt", def = "{'customerId': 1, 'orderedAt': -1}")
@CompoundIndex(name = "orderedAt", def = "{'orderedAt': 1}")
// The order feed (OrderFeed) reads in recording order from a cursor.
@CompoundIndex(name = "recordedAt_id", def = "{'recordedAt': 1, '_id': 1}")
public class Order {

    @Id
    private final String orderRef;
    private final String customerId;
    private final Instant orderedAt;
    private final BigDecimal amount;
    private final String currency;
    private final BigDecimal margin;
    private final String productCategory;
    private final String channel;
    /** The import that recorded it and its line, so a duplicate within one file can name the first line. */
    private final String importJobId;
    private final Long importLine;
    private final Instant recordedAt;
    private final String recordedBy;

    @PersistenceCreator
    Order(String orderRef, String customerId, Instant orderedAt, BigDecimal amount, String currency,
          BigDecimal margin, String productCategory, String channel, String importJobId, Long importLine,
          Instant recordedAt, String recordedBy) {
        this.orderRef = orderRef;
        this.customerId = customerId;
        this.orderedAt = orderedAt;
        this.amount = amount;
        this.currency = currency;
        this.margin = margin;
        this.productCategory = productCategory;
        this.channel = channel;
        this.importJobId = importJobId;
        this.importLine = importLine;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    /** Records a checked draft for a known customer. */
    public static Order record(OrderDraft draft, String customerId, String importJobId, Long importLine, String by,
                               Instant at) {
        return new Order(draft.orderRef(), customerId, draft.orderedAt(), draft.amount(), draft.currency(),
                draft.margin(), draft.productCategory(), draft.channel(), importJobId, importLine, at, by);
    }

    /** Whether a draft describes this same order: then recording it again changes nothing. */
    public boolean sameAs(OrderDraft draft, String draftCustomerId) {
        return Objects.equals(customerId, draftCustomerId) && orderedAt.equals(draft.orderedAt())
                && amount.compareTo(draft.amount()) == 0 && currency.equals(draft.currency())
                && (margin == null ? draft.margin() == null
                        : draft.margin() != null && margin.compareTo(draft.margin()) == 0)
                && Objects.equals(productCategory, draft.productCategory())
                && Objects.equals(channel, draft.channel());
    }
}
