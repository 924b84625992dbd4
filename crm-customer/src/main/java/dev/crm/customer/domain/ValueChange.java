package dev.crm.customer.domain;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A recorded tier or stage change of one customer, with the reason the rules gave. */
@Document("customer_value_changes")
@CompoundIndex(name = "customer_at", def = "{'customerId': 1, 'at': -1}")
public record ValueChange(@Id String id, String customerId, Kind kind, String from, String to, String reason,
                          Instant at, String scoringJobId) {

    public enum Kind {
        TIER, STAGE
    }
}
