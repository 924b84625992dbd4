package dev.crm.app.channels;

import dev.crm.complaint.api.AttachmentRef;
import dev.crm.complaint.api.Channel;
import dev.crm.complaint.api.ComplaintIntake;
import dev.crm.complaint.api.InboundComplaintMessage;
import dev.crm.complaint.api.IntakeResult;
import dev.crm.core.api.DeliveryReport;
import dev.crm.core.api.OutboxDelivery;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.RequestRefusedException;
import dev.crm.plugin.api.ChannelCapability;
import dev.crm.plugin.api.DeliveryReceipt;
import dev.crm.plugin.api.InboundMessage;
import dev.crm.plugin.api.InboundRejectedException;
import dev.crm.plugin.api.InboundReply;
import dev.crm.plugin.api.InboundRequest;
import dev.crm.plugin.api.InboundResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Inbound requests from channel providers: the channel's plugin verifies and parses each one, and
 * only then does anything reach the complaint intake (customers' messages: new complaint, or
 * appended to the one referenced) or the outbox (delivery reports). A rejected request, or one
 * the plugin fails on, stores nothing.
 */
@Service
public class ChannelInbound {

    private static final Logger log = LoggerFactory.getLogger(ChannelInbound.class);

    /** Which intake channel messages of an adapter arrive on; others count as online chat. */
    private static final Map<String, Channel> INTAKE_CHANNELS = Map.of("email", Channel.EMAIL, "sms", Channel.SMS,
            "wechat", Channel.WECHAT, "webhook", Channel.ONLINE_CHAT);

    private final Channels channels;
    private final ChannelCalls calls;
    private final ComplaintIntake intake;
    private final OutboxDelivery outbox;
    private final Clock clock;

    ChannelInbound(Channels channels, ChannelCalls calls, ComplaintIntake intake, OutboxDelivery outbox, Clock clock) {
        this.channels = channels;
        this.calls = calls;
        this.intake = intake;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What the provider is answered with: the plugin's reply, or nothing (204). */
    public Optional<InboundReply> receive(String channelId, InboundRequest request) {
        LiveChannel channel = channels.active(channelId).filter(live -> live.can(ChannelCapability.RECEIVE))
                .orElseThrow(() -> new RecordNotFoundException("channel", channelId));
        PluginCall<InboundResult> call = calls.call(channelId + "/receive", channel.classLoader(),
                () -> channel.adapter().adapter().receive(request, channel.context(clock)));
        InboundResult result = resultOf(channelId, call);
        take(channel, result);
        return result.optionalReply();
    }

    /** Files what a verified request or a poll brought; the messages the intake now holds. */
    List<InboundMessage> take(LiveChannel channel, InboundResult result) {
        List<InboundMessage> stored = new ArrayList<>();
        for (InboundMessage message : result.messages()) {
            IntakeResult outcome = intake.receive(toIntake(channel, message));
            log.info("Inbound message {} on {}: {} {}", message.externalMessageId(), channel.id(), outcome.outcome(),
                    outcome.complaintNumber() == null ? "" : outcome.complaintNumber());
            stored.add(message);
        }
        for (DeliveryReceipt receipt : result.receipts()) {
            boolean known = outbox.recordReport(channel.id(), receipt.providerMessageId(), new DeliveryReport(
                    receipt.outcome() == DeliveryReceipt.Outcome.DELIVERED, receipt.at(), receipt.detail()));
            if (!known) {
                log.info("Delivery report on {} for unknown message {}", channel.id(), receipt.providerMessageId());
            }
        }
        return stored;
    }

    private static InboundResult resultOf(String channelId, PluginCall<InboundResult> call) {
        if (call instanceof PluginCall.Returned<InboundResult> returned) {
            if (returned.value() == null) {
                log.error("Channel {} returned no result for an inbound request", channelId);
                throw new RequestRefusedException(RequestRefusedException.Reason.UNAVAILABLE,
                        "The channel could not process the request");
            }
            return returned.value();
        }
        if (call instanceof PluginCall.Threw<InboundResult> threw
                && threw.failure() instanceof InboundRejectedException rejected) {
            // The plugin's reason goes to the log only: callers learn no more than the status.
            log.info("Channel {} rejected an inbound request ({}): {}", channelId, rejected.reason(),
                    rejected.getMessage());
            switch (rejected.reason()) {
                case UNAUTHENTIC -> throw new RequestRefusedException(RequestRefusedException.Reason.UNAUTHENTIC,
                        "The channel could not verify the request");
                case MALFORMED -> throw new RequestRefusedException(RequestRefusedException.Reason.MALFORMED,
                        "The channel could not read the request");
                case NOT_SUPPORTED -> throw new RecordNotFoundException("inbound endpoint of channel", channelId);
            }
        }
        log.error("Channel {} failed on an inbound request: {}", channelId, call.describeFailure());
        throw new RequestRefusedException(RequestRefusedException.Reason.UNAVAILABLE,
                "The channel could not process the request; try again later");
    }

    private static InboundComplaintMessage toIntake(LiveChannel channel, InboundMessage message) {
        List<AttachmentRef> attachments = message.attachments().stream()
                .map(a -> new AttachmentRef(a.fileName(), a.contentType(), a.sizeBytes(), a.providerReference()))
                .toList();
        // The instance id, not what the plugin put in the message: the host knows where it came in.
        return new InboundComplaintMessage(INTAKE_CHANNELS.getOrDefault(channel.adapter().id(), Channel.ONLINE_CHAT),
                channel.id(), message.externalMessageId(), message.threadId(), message.sender().address(),
                message.subject(), message.text(), message.receivedAt(), message.references(), attachments);
    }
}
