package dev.crm.core.api;

import java.util.Map;
import java.util.Objects;

/**
 * A message to send to a customer or staff member through a channel (email, sms, ...). Either a
 * {@code template} with {@code variables} or a literal {@code body}. A {@code dedupeKey} makes
 * enqueueing idempotent: the same key enqueues one message however often it is submitted.
 */
public record OutboundMessageDraft(String channel, String recipient, String subject, String template, String body,
                                   Map<String, String> variables, String dedupeKey, String relatedRecordType,
                                   String relatedRecordId) {

    public OutboundMessageDraft {
        requireText(channel, "channel");
        requireText(recipient, "recipient");
        if ((template == null || template.isBlank()) && (body == null || body.isBlank())) {
            throw new IllegalArgumentException("either template or body is required");
        }
        variables = variables == null ? Map.of() : Map.copyOf(variables);
    }

    public static OutboundMessageDraft plain(String channel, String recipient, String subject, String body) {
        return new OutboundMessageDraft(channel, recipient, subject, null, body, Map.of(), null, null, null);
    }

    public OutboundMessageDraft withDedupeKey(String key) {
        return new OutboundMessageDraft(channel, recipient, subject, template, body, variables, key,
                relatedRecordType, relatedRecordId);
    }

    public OutboundMessageDraft relatedTo(String recordType, String recordId) {
        return new OutboundMessageDraft(channel, recipient, subject, template, body, variables, dedupeKey,
                recordType, recordId);
    }

    private static void requireText(String value, String name) {
        if (Objects.requireNonNull(value, name).isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
