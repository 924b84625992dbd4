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
     * Verifies an inbound request and parses it into messages, delivery receipts and the answer
     * the provider expects.
     *
     * <p>Verify first (the provider's signature over {@link InboundRequest#body()}, a token,
     * a shared secret from the settings), and parse only a request that passed: inbound
     * endpoints are public, and nothing of a rejected request is stored. A request may carry no
     * message (a provider's ping or a status event) or several. The host calls this for
     * {@code POST} and for {@code GET} requests (handshakes such as WeChat's URL verification);
     * check {@link InboundRequest#method()} when the two mean different things.
     *
     * <p>The default rejects every request with
     * {@link InboundRejectedException.Reason#NOT_SUPPORTED}, which suits outbound-only channels.
     * Override it when the descriptor declares {@link ChannelCapability#RECEIVE}.
     *
     * @param request the HTTP request exactly as received
     * @param context this channel instance's settings and clock
     * @return what the request carried and how to answer it; never {@code null}
     * @throws InboundRejectedException when the request is not authentic, cannot be parsed, or this
     *         channel does not receive
     */
    default InboundResult receive(InboundRequest request, ChannelContext context)
            throws InboundRejectedException {
        throw InboundRejectedException.notSupported("channel " + describe().id() + " does not receive messages");
    }

    /**
     * Fetches the messages waiting at the provider, for channels that are polled rather than
     * called (an IMAP mailbox). The host calls this every poll interval on one node at a time, for
     * channels whose descriptor declares {@link ChannelCapability#POLL}, and takes the result as it
     * takes {@link #receive}'s (the reply is ignored).
     *
     * <p>Leave the messages at the provider: the host calls {@link #confirmPolled} once it has
     * stored them. If it never does (the node stopped in between), the next poll returns them again,
     * and the host ignores the ones it has already stored.
     *
     * @param context this channel instance's settings and clock
     * @return what is waiting; never {@code null}
     * @throws InboundRejectedException when the provider's answer cannot be understood
     */
    default InboundResult poll(ChannelContext context) throws InboundRejectedException {
        return InboundResult.empty();
    }

    /**
     * Tells the channel that the host has stored these polled messages, so it may mark them read or
     * delete them at the provider. A failure here only means they are polled (and ignored) again.
     *
     * @param stored  messages returned by {@link #poll}, all of them stored by the host
     * @param context this channel instance's settings and clock
     */
    default void confirmPolled(List<InboundMessage> stored, ChannelContext context) {
    }
}
