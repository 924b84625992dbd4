package dev.crm.plugin.api;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A message the host asks a channel to deliver: an acknowledgement, a status change, a survey.
 *
 * @param messageId  unique per message and the same on every attempt to deliver it; pass it to the
 *                   provider as idempotency key where it supports one, so a retry after a lost
 *                   answer does not reach the customer twice. Not blank.
 * @param recipient  the channel's address for the customer: e-mail address, phone number in E.164,
 *                   openid, URL. Not blank.
 * @param subject    e-mail subject or push title; {@code null} (or blank) when there is none
 * @param body       the text to send, already rendered; may be empty for template-only channels
 *                   (e.g. SMS providers that send a registered template named in {@code attributes}),
 *                   never {@code null}
 * @param attributes further channel-specific values, e.g. {@code template-id}, {@code complaint-number};
 *                   unmodifiable, never {@code null}
 */
public record OutboundMessage(String messageId, String recipient, String subject, String body,
                              Map<String, String> attributes) {

    public OutboundMessage {
        requireText(messageId, "messageId");
        requireText(recipient, "recipient");
        Objects.requireNonNull(body, "body");
        subject = subject == null || subject.isBlank() ? null : subject;
        // Map.copyOf refuses null keys and values, so a channel never has to check for them.
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** One of the {@code attributes}, if present. */
    public Optional<String> attribute(String key) {
        return Optional.ofNullable(attributes.get(key));
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
