package dev.crm.plugin.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A message from a customer, parsed by the channel. The host's unified intake appends it to an open
 * complaint when {@code threadId} or one of {@code references} (e.g. {@code C-2026-000123} found in
 * the subject) identifies one, and registers a new complaint otherwise.
 *
 * @param externalMessageId the provider's id for the message; the host ignores repeats of it
 */
public record InboundMessage(String channelId, String externalMessageId, String threadId, Sender sender,
                             String subject, String text, Instant receivedAt, List<String> references,
                             List<Attachment> attachments) {

    public InboundMessage {
        if (channelId == null || channelId.isBlank()) {
            throw new IllegalArgumentException("channelId must not be blank");
        }
        if (externalMessageId == null || externalMessageId.isBlank()) {
            throw new IllegalArgumentException("externalMessageId must not be blank");
        }
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receivedAt, "receivedAt");
        text = text == null ? "" : text;
        references = references == null ? List.of() : List.copyOf(references);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
