package dev.crm.channel.sms;

import dev.crm.plugin.api.ChannelContext;
import dev.crm.plugin.api.DeliveryReceipt;
import dev.crm.plugin.api.InboundMessage;
import dev.crm.plugin.api.InboundRejectedException;
import dev.crm.plugin.api.InboundResult;
import dev.crm.plugin.api.Sender;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A verified gateway callback: one event object or an array of them, each a customer's message
 * ({@code "type":"mo"}) or a delivery report ({@code "type":"dlr"}). Events of other types are
 * skipped, so a gateway that adds event kinds does not have its callbacks refused.
 */
final class GatewayCallback {

    private GatewayCallback() {
    }

    static InboundResult parse(byte[] body, ChannelContext context) throws InboundRejectedException {
        JsonNode root;
        try {
            root = StrictJson.MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw InboundRejectedException.malformed("body is not JSON within the channel's limits", e);
        }
        List<JsonNode> events = new ArrayList<>();
        if (root != null && root.isArray()) {
            root.values().forEach(events::add);
        } else if (root != null && root.isObject()) {
            events.add(root);
        } else {
            throw InboundRejectedException.malformed("body is neither a JSON object nor an array of objects");
        }
        List<InboundMessage> messages = new ArrayList<>();
        List<DeliveryReceipt> receipts = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (!events.get(i).isObject()) {
                throw InboundRejectedException.malformed("event " + i + " is not a JSON object");
            }
            Event event = new Event(events.get(i), i, context);
            switch (event.requiredText("type").toLowerCase(Locale.ROOT)) {
                case "mo" -> event.message().ifPresent(messages::add);
                case "dlr" -> event.receipt().ifPresent(receipts::add);
                default -> context.logger().log(System.Logger.Level.DEBUG, "skipped an event of unknown type");
            }
        }
        return new InboundResult(messages, receipts, null);
    }

    /** One event of the callback; {@code index} locates it in rejection messages without quoting content. */
    private record Event(JsonNode node, int index, ChannelContext context) {

        Optional<InboundMessage> message() throws InboundRejectedException {
            String id = requiredId();
            String from = requiredText("from");
            String text = textField("text").orElseThrow(() -> missing("text"));
            if (text.isBlank()) {
                // An empty SMS carries nothing to file; no complaint for it.
                return Optional.empty();
            }
            try {
                return Optional.of(new InboundMessage(context.channelInstanceId(), id, null,
                        new Sender(Sender.Kind.PHONE, from.trim(), null), null, text, instant("receivedAt"),
                        ComplaintNumbers.in(text), List.of()));
            } catch (IllegalArgumentException e) {
                throw InboundRejectedException.malformed(where() + "is not a message: " + e.getMessage(), e);
            }
        }

        Optional<DeliveryReceipt> receipt() throws InboundRejectedException {
            String id = requiredId();
            String status = requiredText("status");
            DeliveryReceipt.Outcome outcome = switch (status.trim().toLowerCase(Locale.ROOT)) {
                case "delivered" -> DeliveryReceipt.Outcome.DELIVERED;
                case "failed", "undeliverable", "undelivered", "rejected", "expired" -> DeliveryReceipt.Outcome.FAILED;
                // "sent", "queued", "accepted"...: on its way; the final report follows.
                default -> null;
            };
            return outcome == null ? Optional.empty()
                    : Optional.of(new DeliveryReceipt(id, outcome, instant("at"), status.trim()));
        }

        String requiredText(String field) throws InboundRejectedException {
            return textField(field).filter(value -> !value.isBlank()).orElseThrow(() -> missing(field));
        }

        /** Gateways write ids as strings or as integers. */
        private String requiredId() throws InboundRejectedException {
            JsonNode id = node.path("id");
            if (id.isIntegralNumber()) {
                return id.asString();
            }
            return requiredText("id");
        }

        private Optional<String> textField(String field) throws InboundRejectedException {
            JsonNode value = node.path(field);
            if (value.isMissingNode() || value.isNull()) {
                return Optional.empty();
            }
            if (!value.isString()) {
                throw InboundRejectedException.malformed(where() + "'" + field + "' is not a string");
            }
            return Optional.of(value.asString());
        }

        private Instant instant(String field) throws InboundRejectedException {
            Optional<String> value = textField(field).filter(text -> !text.isBlank());
            if (value.isEmpty()) {
                return context.clock().instant();
            }
            try {
                return OffsetDateTime.parse(value.get().trim()).toInstant();
            } catch (DateTimeParseException e) {
                throw InboundRejectedException.malformed(where() + "'" + field
                        + "' is not an ISO-8601 time with offset, e.g. 2026-11-22T08:00:00Z", e);
            }
        }

        private InboundRejectedException missing(String field) {
            return InboundRejectedException.malformed(where() + "has no '" + field + "'");
        }

        private String where() {
            return "event " + index + " ";
        }
    }
}
