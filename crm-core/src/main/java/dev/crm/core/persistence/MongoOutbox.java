package dev.crm.core.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.core.api.OutboundMessageDraft;
import dev.crm.core.api.OutboundMessageView;
import dev.crm.core.api.Outbox;
import dev.crm.core.domain.OutboundMessage;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

@Component
class MongoOutbox implements Outbox {

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

    private Optional<OutboundMessage> findByDedupeKey(String key) {
        return Optional.ofNullable(mongo.findOne(Query.query(where("dedupeKey").is(key)), OutboundMessage.class));
    }

    private static OutboundMessageView toView(OutboundMessage message) {
        return new OutboundMessageView(message.getId(), message.getChannel(), message.getRecipient(),
                message.getStatus(), message.getAttempts(), message.getNextAttemptAt(), message.getCreatedAt(),
                message.getLastError());
    }
}
