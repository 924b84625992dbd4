package dev.crm.core.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.core.api.ClaimedMessage;
import dev.crm.core.api.DeliveryAttempt;
import dev.crm.core.api.DeliveryReport;
import dev.crm.core.api.IllegalStateTransitionException;
import dev.crm.core.api.OutboundMessageDraft;
import dev.crm.core.api.OutboundMessageStatus;
import dev.crm.core.api.OutboundMessageView;
import dev.crm.core.api.Outbox;
import dev.crm.core.api.OutboxDelivery;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.ResultPage;
import dev.crm.core.domain.OutboundMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The outbox on MongoDB. Claiming reads the due candidates once and takes those still due in one
 * multi-document update under a claim token (each document changes atomically, so two workers
 * never take the same message); every later write names the version claimed, so a result from a
 * worker whose lease expired and was taken over matches nothing.
 */
@Component
class MongoOutbox implements Outbox, OutboxDelivery {

    private final MongoOperations mongo;
    private final Clock clock;

    MongoOutbox(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public OutboundMessageView enqueue(OutboundMessageDraft draft) {
        if (draft.dedupeKey() != null) {
            Optional<OutboundMessage> existing = findByDedupeKey(draft.dedupeKey());
            if (existing.isPresent()) {
                return toView(existing.get());
            }
        }
        try {
            return toView(mongo.insert(OutboundMessage.pending(draft, clock.instant())));
        } catch (DuplicateKeyException concurrentEnqueue) {
            // The unique index on dedupeKey decided a race between two enqueuers: the first one won.
            return toView(findByDedupeKey(draft.dedupeKey()).orElseThrow(() -> concurrentEnqueue));
        }
    }

    @Override
    public Optional<OutboundMessageView> find(String id) {
        return Optional.ofNullable(mongo.findById(id, OutboundMessage.class)).map(MongoOutbox::toView);
    }

    @Override
    public List<ClaimedMessage> claimDue(Collection<String> channels, String worker, Instant now, Instant leaseUntil,
                                         int limit) {
        if (channels.isEmpty() || limit <= 0) {
            return List.of();
        }
        Criteria due = where("channel").in(channels).orOperator(
                where("status").is(OutboundMessageStatus.PENDING).and("nextAttemptAt").lte(now),
                where("status").is(OutboundMessageStatus.SENDING).and("leaseUntil").lt(now));
        Query candidates = Query.query(due).with(Sort.by("nextAttemptAt")).limit(limit);
        candidates.fields().include("_id");
        List<Object> ids = mongo.find(candidates, org.bson.Document.class, "outbound_messages").stream()
                .map(candidate -> candidate.get("_id")).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        // One update takes every candidate that is still due, each document atomically: a message
        // another worker took in the meantime no longer matches. The claim token then finds ours.
        String claim = worker + "/" + UUID.randomUUID();
        mongo.updateMulti(Query.query(new Criteria().andOperator(where("_id").in(ids), due)),
                new Update().set("status", OutboundMessageStatus.SENDING).set("leaseOwner", worker)
                        .set("leaseUntil", leaseUntil).set("claim", claim).inc("version", 1),
                OutboundMessage.class);
        return mongo.find(Query.query(where("claim").is(claim)).with(Sort.by("nextAttemptAt")), OutboundMessage.class)
                .stream()
                .map(taken -> new ClaimedMessage(taken.getId(), taken.getChannel(), taken.getRecipient(),
                        taken.getSubject(), taken.getTemplate(), taken.getBody(), taken.getVariables(),
                        taken.getRelatedRecordType(), taken.getRelatedRecordId(), taken.getAttempts(),
                        taken.getHistory().size(), leaseUntil, worker, taken.getVersion()))
                .toList();
    }

    @Override
    public boolean recordSent(ClaimedMessage message, DeliveryAttempt attempt, String providerMessageId) {
        return record(message, attempt, new Update().set("status", OutboundMessageStatus.SENT)
                .set("sentAt", attempt.at()).set("providerMessageId", providerMessageId).set("lastError", null));
    }

    @Override
    public boolean recordRetry(ClaimedMessage message, DeliveryAttempt attempt, Instant nextAttemptAt) {
        return record(message, attempt, new Update().set("status", OutboundMessageStatus.PENDING)
                .set("nextAttemptAt", nextAttemptAt).set("lastError", attempt.detail()));
    }

    @Override
    public boolean recordDead(ClaimedMessage message, DeliveryAttempt attempt) {
        return record(message, attempt, new Update().set("status", OutboundMessageStatus.DEAD)
                .set("nextAttemptAt", null).set("lastError", attempt.detail()));
    }

    @Override
    public boolean release(ClaimedMessage message, Instant dueAt) {
        return mongo.updateFirst(atVersion(message.id(), message.version()), new Update()
                        .set("status", OutboundMessageStatus.PENDING).set("nextAttemptAt", dueAt).set("leaseOwner", null)
                        .set("leaseUntil", null).inc("version", 1), OutboundMessage.class).getMatchedCount() == 1;
    }

    private boolean record(ClaimedMessage message, DeliveryAttempt attempt, Update outcome) {
        outcome.set("leaseOwner", null).set("leaseUntil", null).inc("attempts", 1).push("history", attempt)
                .inc("version", 1);
        return mongo.updateFirst(atVersion(message.id(), message.version()), outcome, OutboundMessage.class)
                .getMatchedCount() == 1;
    }

    @Override
    public boolean recordReport(String channel, String providerMessageId, DeliveryReport report) {
        return mongo.updateFirst(Query.query(where("channel").is(channel).and("providerMessageId").is(providerMessageId)),
                new Update().set("report", report).inc("version", 1), OutboundMessage.class).getMatchedCount() == 1;
    }

    @Override
    public OutboundMessageView retry(String id, Instant now) {
        OutboundMessage requeued = mongo.findAndModify(
                Query.query(where("_id").is(id).and("status").is(OutboundMessageStatus.DEAD)),
                new Update().set("status", OutboundMessageStatus.PENDING).set("nextAttemptAt", now).set("attempts", 0)
                        .inc("version", 1),
                FindAndModifyOptions.options().returnNew(true), OutboundMessage.class);
        if (requeued != null) {
            return toView(requeued);
        }
        OutboundMessageView current = find(id).orElseThrow(() -> new RecordNotFoundException("outbound message", id));
        throw new IllegalStateTransitionException("outbound message", current.status().name(), "retry");
    }

    @Override
    public ResultPage<OutboundMessageView> search(OutboundMessageStatus status, String channel, PageQuery page) {
        Criteria criteria = new Criteria();
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        if (channel != null) {
            criteria = criteria.and("channel").is(channel);
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, OutboundMessage.class);
        List<OutboundMessageView> items = mongo.find(query.with(Sort.by(Sort.Direction.DESC, "createdAt"))
                        .skip(page.offset()).limit(page.size()), OutboundMessage.class)
                .stream().map(MongoOutbox::toView).toList();
        return new ResultPage<>(items, page.page(), page.size(), total);
    }

    private static Query atVersion(String id, long version) {
        return Query.query(where("_id").is(id).and("version").is(version));
    }

    private Optional<OutboundMessage> findByDedupeKey(String key) {
        return Optional.ofNullable(mongo.findOne(Query.query(where("dedupeKey").is(key)), OutboundMessage.class));
    }

    private static OutboundMessageView toView(OutboundMessage message) {
        return new OutboundMessageView(message.getId(), message.getChannel(), message.getRecipient(),
                message.getSubject(), message.getStatus(), message.getAttempts(), message.getNextAttemptAt(),
                message.getCreatedAt(), message.getSentAt(), message.getProviderMessageId(), message.getLastError(),
                message.getRelatedRecordType(), message.getRelatedRecordId(), message.getHistory(),
                message.getReport());
    }
}
