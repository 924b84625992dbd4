package dev.crm.complaint.api;

import java.time.Instant;
import java.util.List;

/**
 * A customer's message from a channel plugin, handed to the intake by the plugin host.
 *
 * @param references complaint numbers the message mentions (e.g. in its subject)
 * @param threadId    the channel's conversation id; replies in the same thread append to the same complaint
 * @param attachments what came with the message (metadata; the content stays with the channel)
 */
public record InboundComplaintMessage(Channel channel, String channelId, String externalMessageId, String threadId,
                                      String senderAddress, String subject, String text, Instant receivedAt,
                                      List<String> references, List<AttachmentRef> attachments) {

    public InboundComplaintMessage {
        references = references == null ? List.of() : List.copyOf(references);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
