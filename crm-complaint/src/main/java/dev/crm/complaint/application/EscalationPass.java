package dev.crm.complaint.application;

import static org.springframework.data.mongodb.core.FindAndModifyOptions.options;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.complaint.domain.Complaint;
import dev.crm.complaint.domain.SlaEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One pass of the SLA clock over the complaints that are due. Safe with any number of app nodes:
 * <ol>
 * <li>one query for due ids (served by the {@code next_due} index on MongoDB; only ids are read);</li>
 * <li>each complaint is claimed with an atomic findAndModify lease, so one node works it at a time;</li>
 * <li>the aggregate's tick is idempotent (an event happens once per milestone and tier), outbox
 * messages carry dedupe keys, and saving checks the version: a crash or a race can repeat work
 * but never its effects.</li>
 * </ol>
 */
public class EscalationPass {

    private static final Logger log = LoggerFactory.getLogger(EscalationPass.class);
    static final String LEASE_OWNER = "leaseOwner";
    static final String LEASE_UNTIL = "leaseUntil";

    private final MongoOperations mongo;
    private final SlaPolicies slaPolicies;
    private final SlaNotifications notifications;
    private final String owner;

    public EscalationPass(MongoOperations mongo, SlaPolicies slaPolicies, SlaNotifications notifications) {
        this.mongo = mongo;
        this.slaPolicies = slaPolicies;
        this.notifications = notifications;
        this.owner = "escalation-" + UUID.randomUUID();
    }

    /** @return how many complaints this pass processed */
    public int run(Instant now) {
        ComplaintProperties properties = slaPolicies.properties();
        Query due = Query.query(where("nextDueAt").lte(now)).with(Sort.by("nextDueAt"))
                .limit(properties.escalationBatch());
        due.fields().include("_id");
        List<Object> ids = mongo.find(due, Document.class, "complaints").stream().map(d -> d.get("_id")).toList();
        int processed = 0;
        for (Object id : ids) {
            Complaint claimed = claim(id, now, now.plus(properties.escalationLease()));
            if (claimed == null) {
                continue;
            }
            List<SlaEvent> events = claimed.tick(now, slaPolicies.settings(null));
            notifications.notify(claimed, events);
            try {
                // Saving replaces the document, which also drops the lease.
                mongo.save(claimed);
                processed++;
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                log.debug("Complaint {} changed while its SLA clock ran; the next pass picks it up",
                        claimed.getNumber());
            }
        }
        return processed;
    }

    private Complaint claim(Object id, Instant now, Instant leaseUntil) {
        Query free = Query.query(where("_id").is(id).and("nextDueAt").lte(now)
                .orOperator(where(LEASE_UNTIL).is(null), where(LEASE_UNTIL).lt(now)));
        Update lease = new Update().set(LEASE_OWNER, owner).set(LEASE_UNTIL, leaseUntil);
        return mongo.findAndModify(free, lease, options().returnNew(true), Complaint.class);
    }

    public String owner() {
        return owner;
    }

}
