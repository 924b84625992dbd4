package dev.crm.complaint.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.complaint.domain.Complaint;
import dev.crm.complaint.domain.Goodwill;
import dev.crm.customer.api.CustomerId;
import dev.crm.loyalty.api.EarnKind;
import dev.crm.loyalty.api.LoyaltyPoints;
import dev.crm.loyalty.api.PointsPosting;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Credits loyalty-points goodwill through the loyalty module's api. The remedy is on the complaint
 * (PENDING_LOYALTY) before the points are credited, and the credit's source reference is derived from
 * the complaint and the remedy's idempotency key, so crediting again — after a crash between the two
 * writes, from the pass, or on two nodes at once — finds the first ledger entry and credits nothing
 * more. The complaint then records the entry (GRANTED) with a versioned save.
 */
@Service
public class GoodwillPoints {

    private static final Logger log = LoggerFactory.getLogger(GoodwillPoints.class);
    private static final int ATTEMPTS = 5;

    private final MongoOperations mongo;
    private final LoyaltyPoints points;
    private final Clock clock;

    GoodwillPoints(MongoOperations mongo, LoyaltyPoints points, Clock clock) {
        this.mongo = mongo;
        this.points = points;
        this.clock = clock;
    }

    /** The ledger's source reference for a remedy: the key itself when it fits, else its hash. */
    static String sourceRef(String complaintNumber, Goodwill remedy) {
        String prefix = "complaint:" + complaintNumber + ":goodwill:";
        String key = remedy.idempotencyKey();
        return prefix.length() + key.length() <= 200 ? prefix + key : prefix + sha256(key);
    }

    /**
     * Credits every remedy of the complaint still awaiting its points. Failures are logged and left
     * pending for the pass: the remedy is recorded either way.
     *
     * @return the complaint as stored afterwards
     */
    public Complaint creditPending(Complaint complaint) {
        Complaint current = complaint;
        for (Goodwill remedy : complaint.goodwillAwaitingLoyalty()) {
            if (complaint.getCustomerId() == null) {
                continue;
            }
            try {
                PointsPosting posting = points.earn(new CustomerId(complaint.getCustomerId()), remedy.points(),
                        EarnKind.GOODWILL, sourceRef(complaint.getNumber(), remedy), null,
                        "goodwill on complaint " + complaint.getNumber(), remedy.grantedBy());
                current = recordCredit(current, remedy, posting.entry().id());
            } catch (RuntimeException failed) {
                log.warn("Could not credit the goodwill points of remedy {} on complaint {}; the pass retries: {}",
                        remedy.id(), complaint.getNumber(), failed.toString());
            }
        }
        return current;
    }

    /** Credits the remedies left pending (a crash, a failed call); tests run it at the instants they choose. */
    public int run(Instant now) {
        Query pending = Query.query(where("goodwill.status").is(Goodwill.Status.PENDING_LOYALTY.name()));
        pending.fields().include("_id");
        List<Object> ids = mongo.find(pending, Document.class, "complaints").stream().map(d -> d.get("_id")).toList();
        int credited = 0;
        for (Object id : ids) {
            Complaint complaint = mongo.findById(id, Complaint.class);
            if (complaint != null) {
                int before = complaint.goodwillAwaitingLoyalty().size();
                credited += before - creditPending(complaint).goodwillAwaitingLoyalty().size();
            }
        }
        return credited;
    }

    private Complaint recordCredit(Complaint complaint, Goodwill remedy, String entryId) {
        Complaint current = complaint;
        for (int attempt = 0; ; attempt++) {
            if (!current.loyaltyPointsCredited(remedy.id(), entryId, clock.instant())) {
                return current;
            }
            try {
                return mongo.save(current);
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                if (attempt >= ATTEMPTS) {
                    throw changedMeanwhile;
                }
                current = mongo.findById(complaint.getId(), Complaint.class);
            }
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
