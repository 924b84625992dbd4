package dev.crm.channel.webhook;

import dev.crm.plugin.api.ChannelAdapter;
import dev.crm.plugin.api.ChannelCapability;
import dev.crm.plugin.api.ChannelContext;
import dev.crm.plugin.api.ChannelDescriptor;
import dev.crm.plugin.api.DeliveryResult;
import dev.crm.plugin.api.InboundRejectedException;
import dev.crm.plugin.api.InboundRequest;
import dev.crm.plugin.api.InboundResult;
import dev.crm.plugin.api.OutboundMessage;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.pf4j.Extension;

/**
 * Generic JSON webhooks both ways, signed with a timestamped HMAC-SHA256 in the manner of
 * Standard Webhooks ({@code Webhook-Id}, {@code Webhook-Timestamp}, {@code Webhook-Signature}),
 * inbound ones also checked against replays. The settings are described in the module's README.
 */
@Extension
public class WebhookChannel implements ChannelAdapter {

    static final int MAX_INBOUND_BYTES = 256 * 1024;
    static final long DEFAULT_TOLERANCE_SECONDS = 300;
    /** Longer ids are refused: they would only inflate the replay cache. */
    static final int MAX_WEBHOOK_ID_LENGTH = 256;

    private static final ChannelDescriptor DESCRIPTOR = new ChannelDescriptor("webhook", "Webhook",
            Set.of(ChannelCapability.SEND, ChannelCapability.RECEIVE));

    private final WebhookTarget target = new WebhookTarget();
    /** Per channel instance, as instances have their own senders and secrets. */
    private final ConcurrentMap<String, ReplayGuard> replayGuards = new ConcurrentHashMap<>();

    @Override
    public ChannelDescriptor describe() {
        return DESCRIPTOR;
    }

    @Override
    public DeliveryResult send(OutboundMessage message, ChannelContext context) {
        DeliveryResult result;
        try {
            result = deliver(message, context);
        } catch (RuntimeException e) {
            // The contract forbids throwing; a bug here must not look like the receiver's fault either.
            result = DeliveryResult.retryLater("unexpected error in the webhook channel (" + e.getClass().getSimpleName() + ")");
        }
        if (!(result instanceof DeliveryResult.Delivered)) {
            // Reasons never hold settings or message content, so they are safe to log.
            context.logger().log(Level.WARNING, "webhook {0} not delivered: {1}", message.messageId(), result);
        }
        return result;
    }

    private DeliveryResult deliver(OutboundMessage message, ChannelContext context) {
        WebhookSettings settings;
        try {
            settings = WebhookSettings.from(context);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Our messages name the setting, never its value.
            return DeliveryResult.permanentFailure("webhook channel is misconfigured: " + e.getMessage());
        }
        Instant now = context.clock().instant();
        return target.post(context.channelInstanceId(), settings, message.messageId(), OutboundPayload.of(message, now), now);
    }

    @Override
    public InboundResult receive(InboundRequest request, ChannelContext context) throws InboundRejectedException {
        if (!"POST".equalsIgnoreCase(request.method())) {
            throw InboundRejectedException.malformed("webhooks are POST requests, not " + request.method());
        }
        byte[] body = request.body();
        if (body.length > MAX_INBOUND_BYTES) {
            throw InboundRejectedException.malformed("body is " + body.length + " bytes, over the 256 KiB limit");
        }
        String secret = context.optionalSetting("inbound-secret").orElseThrow(() -> InboundRejectedException
                .unauthentic("inbound-secret is not configured, so no webhook can be verified"));
        Duration tolerance;
        try {
            tolerance = Duration.ofSeconds(WebhookSettings.positive(context, "tolerance-seconds", DEFAULT_TOLERANCE_SECONDS));
        } catch (IllegalArgumentException e) {
            // Without a window nothing can be judged fresh: refuse rather than guess.
            throw InboundRejectedException.unauthentic(e.getMessage());
        }
        String id = required(request, "Webhook-Id");
        String timestamp = required(request, "Webhook-Timestamp");
        String signature = required(request, "Webhook-Signature");
        Instant now = context.clock().instant();
        Instant signedAt = withinWindow(timestamp, tolerance, now);
        if (!WebhookSignature.matches(signature, secret, id, timestamp, body)) {
            throw InboundRejectedException.unauthentic("Webhook-Signature does not match");
        }
        if (id.length() > MAX_WEBHOOK_ID_LENGTH) {
            throw InboundRejectedException.malformed("Webhook-Id is longer than " + MAX_WEBHOOK_ID_LENGTH + " characters");
        }
        // After the signature check, so only genuine requests take a place in the cache.
        ReplayGuard guard = replayGuards.computeIfAbsent(context.channelInstanceId(),
                instance -> new ReplayGuard(ReplayGuard.DEFAULT_CAPACITY));
        if (!guard.firstSighting(id, signedAt, tolerance, now)) {
            throw InboundRejectedException.unauthentic("replayed: Webhook-Id was accepted within the last "
                    + tolerance.toSeconds() + " s");
        }
        return InboundResult.of(InboundPayload.parse(body, context));
    }

    private static String required(InboundRequest request, String header) throws InboundRejectedException {
        return request.header(header).filter(value -> !value.isBlank())
                .orElseThrow(() -> InboundRejectedException.unauthentic("no " + header + " header"));
    }

    private static Instant withinWindow(String timestamp, Duration tolerance, Instant now)
            throws InboundRejectedException {
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            throw InboundRejectedException.unauthentic("Webhook-Timestamp is not unix seconds");
        }
        long nowSeconds = now.getEpochSecond();
        // Compared without subtracting, so an absurd timestamp cannot overflow into the window.
        if (seconds < nowSeconds - tolerance.toSeconds() || seconds > nowSeconds + tolerance.toSeconds()) {
            throw InboundRejectedException.unauthentic("Webhook-Timestamp is more than " + tolerance.toSeconds()
                    + " s from now: stale or replayed");
        }
        return Instant.ofEpochSecond(seconds);
    }
}
