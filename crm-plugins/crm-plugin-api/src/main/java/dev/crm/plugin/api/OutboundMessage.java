package dev.crm.plugin.api;

import java.util.Map;
import java.util.Objects;

/**
 * A message the host asks the channel to deliver. The host may deliver the same message more than
 * once (after a timeout it cannot tell from a failure); use {@code messageId} as the idempotency
 * key with the provider where it supports one.
 *
 * @param messageId  unique per message, stable across retries
 * @param recipient  channel-specific address: e-mail address, phone number, openid, URL, ...
 * @param subject    optional (e-mail subject, push title)
 * @param body       the text to send, already rendered from its template
 * @param attributes extra channel-specific values (e.g. {@code template-id} for SMS providers)
 */
public record OutboundMessage(String messageId, String recipient, String subject, String body,
                              Map<String, String> attributes) {

    public OutboundMessage {
        requireText(messageId, "messageId");
        requireText(recipient, "recipient");
        Objects.requireNonNull(body, "body");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
