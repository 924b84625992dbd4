package dev.crm.core.api;

import java.time.Instant;

/** Read model of one outbox entry. */
public record OutboundMessageView(String id, String channel, String recipient, OutboundMessageStatus status,
                                  int attempts, Instant nextAttemptAt, Instant createdAt, String lastError) {
}
