package dev.crm.app.channels;

import dev.crm.core.api.ClaimedMessage;
import dev.crm.core.api.DeliveryAttempt;
import dev.crm.core.api.OutboxDelivery;
import dev.crm.plugin.api.ChannelCapability;
import dev.crm.plugin.api.DeliveryResult;
import dev.crm.plugin.api.MessageAttributes;
import dev.crm.plugin.api.OutboundMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the core outbox through the channel plugins. A pass claims due messages on the active
 * channels under a lease, sends each through its channel's plugin (bounded, isolated: see
 * {@link ChannelCalls}), and records the attempt: sent; retry later with backoff and jitter; or
 * dead, for a permanent failure or when the attempts are used up. Any number of workers, on any
 * number of nodes, may run passes at once: each message is attempted by the lease holder only.
 */
public class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final Duration BUSY_PAUSE = Duration.ofSeconds(5);

    private final Channels channels;
    private final ChannelCalls calls;
    private final OutboxDelivery outbox;
    private final ChannelProperties.Delivery settings;
    private final RetrySchedule retries;
    private final Clock clock;
    private final String worker;
    private final Duration callTimeout;
    private final int concurrency;

    DeliveryWorker(Channels channels, ChannelCalls calls, OutboxDelivery outbox, ChannelProperties properties,
                   Clock clock, String worker) {
        this.channels = channels;
        this.calls = calls;
        this.outbox = outbox;
        this.settings = properties.delivery();
        this.retries = new RetrySchedule(settings.initialBackoff(), settings.maxBackoff(),
                () -> ThreadLocalRandom.current().nextDouble());
        this.clock = clock;
        this.worker = worker;
        this.callTimeout = properties.callTimeout();
        this.concurrency = properties.concurrencyPerChannel();
    }

    public String worker() {
        return worker;
    }

    /** One pass at {@code now}: the number of messages attempted. */
    public int deliverDue(Instant now) {
        Map<String, LiveChannel> live = new HashMap<>();
        channels.active(ChannelCapability.SEND).forEach(channel -> live.put(channel.id(), channel));
        List<ClaimedMessage> claimed = outbox.claimDue(live.keySet(), worker, now, now.plus(settings.lease()),
                settings.batchSize());
        Map<String, List<ClaimedMessage>> byChannel = new LinkedHashMap<>();
        claimed.forEach(message -> byChannel.computeIfAbsent(message.channel(), key -> new ArrayList<>()).add(message));
        List<CompletableFuture<Void>> lanes = new ArrayList<>();
        byChannel.forEach((channelId, messages) -> {
            // As many lanes per channel as it has threads, each sending its messages one after
            // another: the pass never overruns the channel's bulkhead itself.
            int width = Math.min(concurrency, messages.size());
            for (int lane = 0; lane < width; lane++) {
                CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
                for (int i = lane; i < messages.size(); i += width) {
                    ClaimedMessage message = messages.get(i);
                    chain = chain.thenCompose(ignored -> attempt(message, live.get(channelId)));
                }
                lanes.add(chain);
            }
        });
        CompletableFuture.allOf(lanes.toArray(CompletableFuture[]::new)).join();
        return claimed.size();
    }

    private CompletableFuture<Void> attempt(ClaimedMessage message, LiveChannel channel) {
        Instant startedAt = clock.instant();
        if (startedAt.plus(callTimeout).isAfter(message.leaseUntil())) {
            // Not enough lease left for a whole call: hand it back rather than risk its lease
            // expiring mid-call and a second worker sending it too.
            outbox.release(message, startedAt);
            return CompletableFuture.completedFuture(null);
        }
        OutboundMessage outbound;
        try {
            outbound = toOutbound(message);
        } catch (IllegalArgumentException | NullPointerException unsendable) {
            record(message, startedAt, new DeliveryResult.PermanentFailure("cannot be sent: " + unsendable.getMessage()),
                    Duration.ZERO);
            return CompletableFuture.completedFuture(null);
        }
        return calls.submit(channel.id() + "/send", channel.classLoader(),
                        () -> channel.adapter().adapter().send(outbound, channel.context(clock)))
                .thenAccept(call -> {
                    if (call instanceof PluginCall.Busy<DeliveryResult>) {
                        // Not an attempt: the plugin was never called (its threads are held by
                        // hung calls). Back in the queue, a little later, attempts unchanged.
                        outbox.release(message, clock.instant().plus(BUSY_PAUSE));
                    } else if (call instanceof PluginCall.Returned<DeliveryResult> returned) {
                        DeliveryResult result = returned.value() != null ? returned.value()
                                : new DeliveryResult.RetryableFailure("the plugin returned no result", null);
                        record(message, startedAt, result, returned.took());
                    } else {
                        Duration took = call instanceof PluginCall.Threw<DeliveryResult> threw ? threw.took()
                                : Duration.between(startedAt, clock.instant());
                        record(message, startedAt, new DeliveryResult.RetryableFailure(call.describeFailure(), null),
                                took);
                    }
                });
    }

    private void record(ClaimedMessage message, Instant at, DeliveryResult result, Duration took) {
        int number = message.recorded() + 1;
        int attemptsSoFar = message.attempts() + 1;
        boolean recorded;
        if (result instanceof DeliveryResult.Delivered delivered) {
            recorded = outbox.recordSent(message, attempt(number, at, DeliveryAttempt.Outcome.SENT,
                    delivered.providerMessageId(), took), delivered.providerMessageId());
        } else if (result instanceof DeliveryResult.RetryableFailure retryable) {
            DeliveryAttempt failed = attempt(number, at, DeliveryAttempt.Outcome.RETRYABLE_FAILURE,
                    attemptsSoFar < settings.maxAttempts() ? retryable.reason()
                            : retryable.reason() + " (attempt " + attemptsSoFar + " of " + settings.maxAttempts() + ")",
                    took);
            if (attemptsSoFar < settings.maxAttempts()) {
                Instant next = clock.instant().plus(retries.delayAfter(attemptsSoFar, retryable.retryAfter()));
                recorded = outbox.recordRetry(message, failed, next);
            } else {
                recorded = dead(message, failed);
            }
        } else {
            DeliveryResult.PermanentFailure permanent = (DeliveryResult.PermanentFailure) result;
            recorded = dead(message, attempt(number, at, DeliveryAttempt.Outcome.PERMANENT_FAILURE, permanent.reason(),
                    took));
        }
        if (!recorded) {
            log.warn("Lease on outbound message {} was lost before its attempt was recorded", message.id());
        }
    }

    private boolean dead(ClaimedMessage message, DeliveryAttempt last) {
        log.warn("Outbound message {} on {} is dead: {}", message.id(), message.channel(), last.detail());
        return outbox.recordDead(message, last);
    }

    private DeliveryAttempt attempt(int number, Instant at, DeliveryAttempt.Outcome outcome, String detail,
                                    Duration took) {
        return new DeliveryAttempt(number, at, worker, outcome, detail, took.toMillis());
    }

    /** The SDK's view of the message: literal body, or a provider template named in the attributes. */
    static OutboundMessage toOutbound(ClaimedMessage message) {
        Map<String, String> attributes = new LinkedHashMap<>(message.variables());
        if (message.template() != null && !message.template().isBlank()) {
            attributes.put(MessageAttributes.TEMPLATE_ID, message.template());
        }
        if ("Complaint".equals(message.relatedRecordType()) && message.relatedRecordId() != null) {
            attributes.putIfAbsent(MessageAttributes.COMPLAINT_NUMBER, message.relatedRecordId());
        }
        return new OutboundMessage(message.id(), message.recipient(), message.subject(),
                message.body() == null ? "" : message.body(), attributes);
    }
}
