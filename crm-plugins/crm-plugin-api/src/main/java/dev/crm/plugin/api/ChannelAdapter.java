package dev.crm.plugin.api;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * The extension point a channel plugin implements (annotate the class with
 * {@code @org.pf4j.Extension}). Implementations must be thread-safe and keep no per-request state:
 * the host calls them from several worker threads, enforces timeouts around every call, retries
 * retryable sends, and isolates failures, so a broken channel cannot break the CRM.
 */
public interface ChannelAdapter extends ExtensionPoint {

    ChannelDescriptor describe();

    /** Delivers one message; report failures as a {@link DeliveryResult} rather than throwing. */
    DeliveryResult send(OutboundMessage message, ChannelContext context);

    /**
     * Verifies an inbound request (signature, token) and parses it into messages. Verify first:
     * nothing reaches the CRM from a request this method rejects. A request may carry none (a
     * provider's ping) or several messages.
     */
    default List<InboundMessage> receive(InboundRequest request, ChannelContext context)
            throws InboundRejectedException {
        throw new InboundRejectedException(InboundRejectedException.Reason.NOT_SUPPORTED,
                "channel " + describe().id() + " does not receive messages");
    }
}
