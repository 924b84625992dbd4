package dev.crm.app.channels;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.plugin.api.ChannelCapability;
import dev.crm.plugin.api.InboundMessage;
import dev.crm.plugin.api.InboundResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Polls the channels that fetch their own messages (an IMAP mailbox). Each channel is polled by one
 * node at a time, at most once per interval: a node takes the channel's document in
 * {@code channel_polls} when its next poll is due and no lease is running. Polled messages are
 * confirmed to the plugin only after the intake has stored them.
 */
public class ChannelPolling {

    private static final Logger log = LoggerFactory.getLogger(ChannelPolling.class);
    static final String COLLECTION = "channel_polls";

    private final Channels channels;
    private final ChannelCalls calls;
    private final ChannelInbound inbound;
    private final MongoOperations mongo;
    private final Clock clock;
    private final Duration interval;
    private final Duration lease;
    private final String worker;

    ChannelPolling(Channels channels, ChannelCalls calls, ChannelInbound inbound, MongoOperations mongo, Clock clock,
                   ChannelProperties properties, String worker) {
        this.channels = channels;
        this.calls = calls;
        this.inbound = inbound;
        this.mongo = mongo;
        this.clock = clock;
        this.interval = properties.polling().interval();
        // Poll, intake and confirmation: three bounded calls at most.
        this.lease = properties.callTimeout().multipliedBy(3).plusSeconds(30);
        this.worker = worker;
    }

    /** Polls every polled channel that is due at {@code now}; the number of messages taken. */
    public int pollDue(Instant now) {
        int taken = 0;
        for (LiveChannel channel : channels.active(ChannelCapability.POLL)) {
            if (claim(channel.id(), now)) {
                try {
                    taken += poll(channel);
                } finally {
                    release(channel.id(), now);
                }
            }
        }
        return taken;
    }

    private int poll(LiveChannel channel) {
        PluginCall<InboundResult> call = calls.call(channel.id() + "/poll", channel.classLoader(),
                () -> channel.adapter().adapter().poll(channel.context(clock)));
        if (!(call instanceof PluginCall.Returned<InboundResult> returned) || returned.value() == null) {
            log.warn("Polling channel {} failed: {}", channel.id(), call.describeFailure());
            return 0;
        }
        List<InboundMessage> stored = inbound.take(channel, returned.value());
        if (!stored.isEmpty()) {
            PluginCall<Boolean> confirmed = calls.call(channel.id() + "/poll", channel.classLoader(), () -> {
                channel.adapter().adapter().confirmPolled(stored, channel.context(clock));
                return true;
            });
            if (!(confirmed instanceof PluginCall.Returned<Boolean>)) {
                // They come back with the next poll and the intake ignores them as seen.
                log.warn("Channel {} could not confirm {} polled messages: {}", channel.id(), stored.size(),
                        confirmed.describeFailure());
            }
        }
        return stored.size();
    }

    private boolean claim(String channelId, Instant now) {
        Query due = Query.query(where("_id").is(channelId).and("nextPollAt").lte(now).and("leaseUntil").lt(now));
        try {
            mongo.findAndModify(due, new Update().set("owner", worker).set("leaseUntil", now.plus(lease))
                            .setOnInsert("nextPollAt", now),
                    FindAndModifyOptions.options().upsert(true).returnNew(true), org.bson.Document.class, COLLECTION);
            return true;
        } catch (DuplicateKeyException notDue) {
            // The document exists but is not due, or another node holds it: the upsert's insert collided.
            return false;
        }
    }

    private void release(String channelId, Instant now) {
        mongo.updateFirst(Query.query(where("_id").is(channelId).and("owner").is(worker)),
                new Update().set("leaseUntil", now).set("nextPollAt", now.plus(interval)), COLLECTION);
    }
}
