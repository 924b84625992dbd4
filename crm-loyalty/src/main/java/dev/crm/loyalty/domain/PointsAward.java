package dev.crm.loyalty.domain;

import dev.crm.core.api.IllegalStateTransitionException;
import java.time.Instant;
import lombok.Getter;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The decision that a member earns (or, for a reversal, gives back) points — a durable work item
 * for the points ledger, which credits it and then marks it {@link Status#POSTED}. One award per
 * source: the unique {@code sourceRef} ({@code order:<ref>}, {@code referral:<customer>:<ref>}, ...)
 * makes every way of awarding idempotent, across passes and nodes.
 *
 * @param points    the points after the level multiplier and the cap (negative for a reversal)
 * @param earnedAt  when the points were earned (the order time for orders): qualification windows count by it
 * @param periodKey the cap period the award counted in (null: its rule has no cap)
 */
@Getter
@Document("loyalty_awards")
@CompoundIndex(name = "customer_earnedAt", def = "{'customerId': 1, 'earnedAt': 1}")
@CompoundIndex(name = "status", def = "{'status': 1, 'recordedAt': 1}")
public class PointsAward {

    /** PENDING: for the ledger to post; NOTHING_DUE: capped to 0 points, kept as the record of the decision. */
    public enum Status { PENDING, POSTED, NOTHING_DUE }

    @Id
    private final String id;
    private final String customerId;
    private final String programId;
    private final AwardKind kind;
    private final String ruleCode;
    private final long points;
    /** Before the cap: what the rule would have given. */
    private final long uncappedPoints;
    @Indexed(unique = true)
    private final String sourceRef;
    /** For a reversal: the award it takes back. */
    private final String reverses;
    private final String periodKey;
    private final Instant earnedAt;
    private final Instant recordedAt;
    private final String recordedBy;
    private Status status;
    private Instant postedAt;
    @Version
    private Long version;

    @PersistenceCreator
    PointsAward(String id, String customerId, String programId, AwardKind kind, String ruleCode, long points,
                long uncappedPoints, String sourceRef, String reverses, String periodKey, Instant earnedAt,
                Instant recordedAt, String recordedBy, Status status, Instant postedAt, Long version) {
        this.id = id;
        this.customerId = customerId;
        this.programId = programId;
        this.kind = kind;
        this.ruleCode = ruleCode;
        this.points = points;
        this.uncappedPoints = uncappedPoints;
        this.sourceRef = sourceRef;
        this.reverses = reverses;
        this.periodKey = periodKey;
        this.earnedAt = earnedAt;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.status = status;
        this.postedAt = postedAt;
        this.version = version;
    }

    public static PointsAward earned(String customerId, String programId, AwardKind kind, String ruleCode,
                                     long points, long uncappedPoints, String sourceRef, String periodKey,
                                     Instant earnedAt, String by, Instant at) {
        return new PointsAward(null, customerId, programId, kind, ruleCode, points, uncappedPoints, sourceRef, null,
                periodKey, earnedAt, at, by, points == 0 ? Status.NOTHING_DUE : Status.PENDING, null, null);
    }

    /** Takes back all of this award: the compensating work item for the ledger. */
    public PointsAward reversal(String by, Instant at) {
        if (kind == AwardKind.REVERSAL) {
            throw new IllegalStateTransitionException("points award", kind.name(), "reverse");
        }
        return new PointsAward(null, customerId, programId, AwardKind.REVERSAL, ruleCode, -points, -points,
                "reversal:" + sourceRef, id, periodKey, at, at, by,
                points == 0 ? Status.NOTHING_DUE : Status.PENDING, null, null);
    }

    /** The ledger credited (or debited) it: called by the ledger connection. */
    public void posted(Instant at) {
        if (status == Status.POSTED) {
            return;
        }
        if (status != Status.PENDING) {
            throw new IllegalStateTransitionException("points award", status.name(), "post");
        }
        status = Status.POSTED;
        postedAt = at;
    }
}
