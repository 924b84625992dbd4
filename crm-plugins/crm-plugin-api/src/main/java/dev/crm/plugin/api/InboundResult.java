package dev.crm.plugin.api;

import java.util.List;
import java.util.Optional;

/**
 * What a verified inbound request carried: customers' messages for the complaint intake, delivery
 * receipts for messages sent earlier, and the answer the provider expects, if any. A request may
 * carry none of them (a provider's ping).
 *
 * @param messages the customers' messages, in the order the provider sent them; never {@code null}
 * @param receipts delivery reports on earlier outbound messages; never {@code null}
 * @param reply    the answer the provider's protocol needs, or {@code null} for {@code 204 No Content}
 */
public record InboundResult(List<InboundMessage> messages, List<DeliveryReceipt> receipts, InboundReply reply) {

    public InboundResult {
        messages = messages == null ? List.of() : List.copyOf(messages);
        receipts = receipts == null ? List.of() : List.copyOf(receipts);
    }

    /** Nothing for the CRM, answered with {@code 204}: a ping, an event without a message. */
    public static InboundResult empty() {
        return new InboundResult(List.of(), List.of(), null);
    }

    /** These messages, answered with {@code 204}. */
    public static InboundResult of(List<InboundMessage> messages) {
        return new InboundResult(messages, List.of(), null);
    }

    /** These delivery receipts, answered with {@code 204}. */
    public static InboundResult receipts(List<DeliveryReceipt> receipts) {
        return new InboundResult(List.of(), receipts, null);
    }

    /** Only an answer for the provider, e.g. a handshake. */
    public static InboundResult reply(InboundReply reply) {
        return new InboundResult(List.of(), List.of(), reply);
    }

    /** The same content, answered with {@code reply}. */
    public InboundResult withReply(InboundReply reply) {
        return new InboundResult(messages, receipts, reply);
    }

    public Optional<InboundReply> optionalReply() {
        return Optional.ofNullable(reply);
    }
}
