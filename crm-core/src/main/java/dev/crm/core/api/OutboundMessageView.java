package dev.crm.core.api;

import java.time.Instant;
import java.util.List;

/**
 * Read model of one outbox entry with its delivery history.
 *
 * @param providerMessageId the channel's id for the sent message, which its delivery reports name
 * @param report            the provider's last delivery report, or null
 */
public record OutboundMessageView(String id, String channel, String recipient, String subject,
                                  OutboundMessageStatus status, int attempts, Instant nextAttemptAt,
                                  Instant createdAt, Instant sentAt, String providerMessageId, String lastError,
                                  String relatedRecordType, String relatedRecordId, List<DeliveryAttempt> history,
                                  DeliveryReport report) {

    public OutboundMessageView {
        history = history == null ? List.of() : List.copyOf(history);
    }
}
