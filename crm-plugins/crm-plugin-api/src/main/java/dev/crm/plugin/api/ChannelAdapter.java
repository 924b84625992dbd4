package dev.crm.plugin.api;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * The extension point a channel plugin implements. Annotate the implementation with
 * {@code @org.pf4j.Extension} and give it a public no-argument constructor.
 *
 * <p>The host may call one adapter from several threads at once, and for several configured
 * instances of the same channel (say {@code email-support} and {@code email-sales}), each with its
 * own {@link ChannelContext}. So keep no per-call or per-instance state in fields; cache clients
 * keyed by {@link ChannelContext#channelInstanceId()} if they are expensive to build.
 *
 * <p>The host bounds every call with a timeout and treats an exception or a timeout from
 * {@link #send} as a retryable failure, so a slow or broken channel delays its own messages only.
 */
public interface ChannelAdapter extends ExtensionPoint {

    /**
     * Who this channel is. Called when the plugin is loaded and whenever the host lists channels:
     * return the same value every time, without I/O.
     */
    ChannelDescriptor describe();

    /**
     * Delivers one message through the provider.
     *
     * <p>Report the outcome as a {@link DeliveryResult} instead of throwing: {@code Delivered} when
     * the provider accepted the message, {@code RetryableFailure} when trying later may work
     * (network error, throttling, provider 5xx), {@code PermanentFailure} when it cannot (unknown
     * recipient, rejected content, wrong credentials). The host may call this again for the same
     * {@link OutboundMessage#messageId()} when it could not learn the outcome of an earlier call; pass
     * the id to the provider as its idempotency key where it supports one.
     *
     * @param message what to deliver, to whom
     * @param context this channel instance's settings and clock
     * @return the outcome; never {@code null}
     */
    DeliveryResult send(OutboundMessage message, ChannelContext context);

    /**
     * Verifies an inbound request and parses it into messages.
     *
     * <p>Verify first (the provider's signature over {@link InboundRequest#body()}, a token,
     * a shared secret from the settings), and parse only a request that passed: inbound
     * endpoints are public, and nothing of a rejected request is stored. A request may carry no
     * message (a provider's ping or a status event) or several.
     *
     * <p>The default rejects every request with
     * {@link InboundRejectedException.Reason#NOT_SUPPORTED}, which suits outbound-only channels.
     * Override it when the descriptor declares {@link ChannelCapability#RECEIVE}.
     *
     * @param request the HTTP request exactly as received
     * @param context this channel instance's settings and clock
     * @return the messages in the request, in the order the provider sent them; never {@code null}
     * @throws InboundRejectedException when the request is not authentic, cannot be parsed, or this
     *         channel does not receive
     */
    default List<InboundMessage> receive(InboundRequest request, ChannelContext context)
            throws InboundRejectedException {
        throw InboundRejectedException.notSupported("channel " + describe().id() + " does not receive messages");
    }
}
