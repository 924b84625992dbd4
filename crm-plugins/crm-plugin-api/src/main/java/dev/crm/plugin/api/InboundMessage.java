package dev.crm.plugin.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A message from a customer, parsed by the channel. The host's unified intake appends it to the
 * open complaint that one of {@code references} or the {@code threadId} identifies, and registers a
 * new complaint otherwise.
 *
 * @param channelId         the channel instance that received it: pass
 *                          {@link ChannelContext#channelInstanceId()}, so replies go out through the
 *                          same account. A lower-case slug, like {@link ChannelDescriptor#id()}.
 * @param externalMessageId the provider's id for this message; not blank. The host ignores a
 *                          message whose id it has seen before on this channel, so providers'
 *                          redeliveries are harmless; the id must therefore be stable.
 * @param threadId          the provider's conversation id (e-mail {@code References} root, chat
 *                          session); messages in one thread append to one complaint. {@code null}
 *                          (or blank) when the channel has no threads.
 * @param sender            who sent it
 * @param subject           the subject line, or {@code null} (a blank subject counts as none)
 * @param text              the message as plain text; never {@code null}, empty when there is none
 * @param receivedAt        when the provider received it, or the context's clock if it does not say
 * @param references        complaint numbers the message mentions, e.g. {@code C-2026-000123} found in
 *                          the subject; none blank. Unmodifiable, never {@code null}.
 * @param attachments       the files that came with it. Unmodifiable, never {@code null}.
 */
public record InboundMessage(String channelId, String externalMessageId, String threadId, Sender sender,
                             String subject, String text, Instant receivedAt, List<String> references,
                             List<Attachment> attachments) {

    public InboundMessage {
        ChannelDescriptor.requireChannelId(channelId, "channelId");
        Objects.requireNonNull(externalMessageId, "externalMessageId");
        if (externalMessageId.isBlank()) {
            throw new IllegalArgumentException("externalMessageId must not be blank");
        }
        // A blank thread id would put every thread-less message into one conversation.
        threadId = threadId == null || threadId.isBlank() ? null : threadId;
        Objects.requireNonNull(sender, "sender");
        subject = subject == null || subject.isBlank() ? null : subject;
        text = text == null ? "" : text;
        Objects.requireNonNull(receivedAt, "receivedAt");
        references = references == null ? List.of() : List.copyOf(references);
        if (references.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("references must not be blank");
        }
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        // An empty message would become an empty complaint: return no message instead (e.g. for a
        // "user followed the account" event).
        if (subject == null && text.isBlank() && attachments.isEmpty()) {
            throw new IllegalArgumentException("a message needs a subject, text or an attachment");
        }
    }
}
