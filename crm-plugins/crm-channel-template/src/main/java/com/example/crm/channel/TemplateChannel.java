package com.example.crm.channel;

import dev.crm.plugin.api.ChannelAdapter;
import dev.crm.plugin.api.ChannelCapability;
import dev.crm.plugin.api.ChannelContext;
import dev.crm.plugin.api.ChannelDescriptor;
import dev.crm.plugin.api.DeliveryResult;
import dev.crm.plugin.api.InboundMessage;
import dev.crm.plugin.api.InboundRejectedException;
import dev.crm.plugin.api.InboundRequest;
import dev.crm.plugin.api.InboundResult;
import dev.crm.plugin.api.OutboundMessage;
import dev.crm.plugin.api.Sender;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/**
 * A complete channel in one class, to copy and change. Outbound messages are written to the
 * channel's log (a stand-in for your provider's API call). Inbound, a request is accepted when
 * its {@code X-Channel-Token} header equals the {@code token} setting; its body is the customer's
 * text and the headers {@code X-From} (an e-mail address) and {@code X-Message-Id} say who sent it
 * and which message it is.
 *
 * <p>Settings: {@code token} (required for inbound).
 */
@Extension
public class TemplateChannel implements ChannelAdapter {

    @Override
    public ChannelDescriptor describe() {
        return new ChannelDescriptor("template", "Template channel",
                Set.of(ChannelCapability.SEND, ChannelCapability.RECEIVE));
    }

    @Override
    public DeliveryResult send(OutboundMessage message, ChannelContext context) {
        // A real channel calls its provider here and maps the answer: accepted -> delivered(id),
        // 429/5xx/timeouts -> retryLater(..), 4xx about the message -> permanentFailure(..).
        context.logger().log(System.Logger.Level.INFO, "message {0} to {1}", message.messageId(),
                message.recipient());
        return DeliveryResult.delivered("template-" + message.messageId());
    }

    @Override
    public InboundResult receive(InboundRequest request, ChannelContext context) throws InboundRejectedException {
        // Verify before parsing: the endpoint is public.
        String token = request.header("X-Channel-Token")
                .orElseThrow(() -> InboundRejectedException.unauthentic("no X-Channel-Token header"));
        byte[] expected = context.setting("token").getBytes(StandardCharsets.UTF_8);
        // Constant-time comparison, so the token cannot be guessed byte by byte from timings.
        if (!MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.UTF_8))) {
            throw InboundRejectedException.unauthentic("X-Channel-Token does not match");
        }
        String from = request.header("X-From").orElseThrow(() -> InboundRejectedException.malformed("no X-From"));
        String id = request.header("X-Message-Id")
                .orElseThrow(() -> InboundRejectedException.malformed("no X-Message-Id"));
        try {
            return InboundResult.of(List.of(new InboundMessage(context.channelInstanceId(), id, null,
                    new Sender(Sender.Kind.EMAIL, from, null), null, request.bodyAsUtf8(),
                    context.clock().instant(), null, null)));
        } catch (IllegalArgumentException e) {
            throw InboundRejectedException.malformed("not a message: " + e.getMessage(), e);
        }
    }
}
