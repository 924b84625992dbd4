package dev.crm.complaint.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.complaint.domain.Complaint;
import dev.crm.complaint.domain.SlaEvent;
import dev.crm.complaint.domain.SlaSettings;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One pass of the SLA clock over the complaints that are due. Safe with any number of app nodes:
 * <ol>
 * <li>one query for due ids, reading ids only (served by the {@code next_due} index on MongoDB);</li>
 * <li>each complaint is claimed by inserting a lease document with the complaint's id into
 * {@code complaint_leases}: the unique {@code _id} lets exactly one node hold it; an expired lease
 * (a node died) is taken over with findAndModify;</li>
 * <li>the aggregate's tick is idempotent (an event happens once per milestone and tier), outbox
 * messages carry dedupe keys, and saving checks the version: a crash or a race can repeat work but
 * never its effects.</li>
 * </ol>
 * Leases live in their own small collection so that claiming is a key lookup on any store.
 */
public class EscalationPass {

    private static final Logger log = LoggerFactory.getLogger(EscalationPass.class);
    static final String LEASES = "complaint_leases";

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
        // Policies are read once per pass, not once per due complaint.
        SlaSettings settings = slaPolicies.settings(null);
        int processed = 0;
        for (Object id : ids) {
            if (!claim(id, now, now.plus(properties.escalationLease()))) {
                continue;
            }
            try {
                if (process(id, now, settings)) {
                    processed++;
                }
            } finally {
                mongo.remove(Query.query(where("_id").is(id).and("owner").is(owner)), LEASES);
            }
        }
        return processed;
    }

    private boolean process(Object id, Instant now, SlaSettings settings) {
        Complaint complaint = mongo.findById(id, Complaint.class);
        if (complaint == null || complaint.getNextDueAt() == null || complaint.getNextDueAt().isAfter(now)) {
            return false; // another node got there first
        }
        List<SlaEvent> events = complaint.tick(now, settings);
        notifications.notify(complaint, events);
        try {
            mongo.save(complaint);
            return true;
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            log.debug("Complaint {} changed while its SLA clock ran; the next pass picks it up",
                    complaint.getNumber());
            return false;
        }
    }

    private boolean claim(Object id, Instant now, Instant leaseUntil) {
        try {
            mongo.insert(new Document("_id", id).append("owner", owner).append("until", leaseUntil), LEASES);
            return true;
        } catch (DuplicateKeyException held) {
            Query expired = Query.query(where("_id").is(id).and("until").lt(now));
            Update takeOver = new Update().set("owner", owner).set("until", leaseUntil);
            return mongo.findAndModify(expired, takeOver, Document.class, LEASES) != null;
        }
    }
}
