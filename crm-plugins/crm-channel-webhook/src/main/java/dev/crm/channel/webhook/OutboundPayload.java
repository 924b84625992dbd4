package dev.crm.channel.webhook;

import dev.crm.plugin.api.OutboundMessage;
import java.time.Instant;
import java.util.TreeMap;
import tools.jackson.databind.node.ObjectNode;

/** The JSON document one outbound message is posted as. */
final class OutboundPayload {

    private OutboundPayload() {
    }

    /** The exact bytes that are signed and sent; attributes in key order, so equal messages give equal bodies. */
    static byte[] of(OutboundMessage message, Instant sentAt) {
        ObjectNode payload = StrictJson.MAPPER.createObjectNode();
        payload.put("id", message.messageId());
        payload.put("recipient", message.recipient());
        payload.put("subject", message.subject());
        payload.put("body", message.body());
        ObjectNode attributes = payload.putObject("attributes");
        new TreeMap<>(message.attributes()).forEach(attributes::put);
        payload.put("sentAt", sentAt.toString());
        return StrictJson.MAPPER.writeValueAsBytes(payload);
    }
}
