package dev.crm.customer.domain;

import dev.crm.core.api.IllegalStateTransitionException;
import java.time.Instant;
import lombok.Getter;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Follow-up work for staff that a lifecycle change set off (e.g. a retention call when a
 * customer enters Churn). The id is derived from customer, kind and the day the stage was
 * entered, so a scoring run that runs twice creates the task once.
 */
@Getter
@Document("customer_tasks")
@CompoundIndex(name = "status_due", def = "{'status': 1, 'dueAt': 1}")
public class CustomerTask {

    public enum Status {
        OPEN, DONE
    }

    @Id
    private final String id;
    private final String customerId;
    private final CustomerTaskKind kind;
    private final String reason;
    private Status status;
    private final Instant createdAt;
    private final Instant dueAt;
    private Instant completedAt;
    private String completedBy;
    private String outcome;
    @Version
    private Long version;

    @PersistenceCreator
    CustomerTask(String id, String customerId, CustomerTaskKind kind, String reason, Status status, Instant createdAt,
                 Instant dueAt, Instant completedAt, String completedBy, String outcome, Long version) {
        this.id = id;
        this.customerId = customerId;
        this.kind = kind;
        this.reason = reason;
        this.status = status;
        this.createdAt = createdAt;
        this.dueAt = dueAt;
        this.completedAt = completedAt;
        this.completedBy = completedBy;
        this.outcome = outcome;
        this.version = version;
    }

    /** Version 0 set here: bulk inserts do not initialise it, and later saves check it. */
    public static CustomerTask open(String customerId, CustomerTaskKind kind, String reason, String occasion,
                                    Instant at) {
        return new CustomerTask(customerId + ":" + kind + ":" + occasion, customerId, kind, reason, Status.OPEN, at,
                at.plus(java.time.Duration.ofDays(7)), null, null, null, 0L);
    }

    public void complete(String outcome, String by, Instant at) {
        if (status == Status.DONE) {
            throw new IllegalStateTransitionException("customer task", status.name(), "complete");
        }
        status = Status.DONE;
        this.outcome = outcome;
        completedBy = by;
        completedAt = at;
    }
}
