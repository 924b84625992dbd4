package dev.crm.channel.sms;

import dev.crm.plugin.api.ChannelAdapter;
import dev.crm.plugin.api.ChannelCapability;
import dev.crm.plugin.api.ChannelContext;
import dev.crm.plugin.api.ChannelDescriptor;
import dev.crm.plugin.api.DeliveryResult;
import dev.crm.plugin.api.InboundRejectedException;
import dev.crm.plugin.api.InboundRequest;
import dev.crm.plugin.api.InboundResult;
import dev.crm.plugin.api.MessageAttributes;
import dev.crm.plugin.api.OutboundMessage;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.pf4j.Extension;

/**
 * SMS through any HTTP gateway that takes a JSON POST: the body comes from a template, the
 * gateway's delivery reports and the customers' messages (MO) come back by signed webhook. The
 * settings are described in the module's README.
 */
@Extension
public class SmsChannel implements ChannelAdapter {

    static final int MAX_CALLBACK_BYTES = 64 * 1024;

    /** E.164: a plus, then 8 to 15 digits, the first not 0. */
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");

    private static final ChannelDescriptor DESCRIPTOR = new ChannelDescriptor("sms", "SMS",
            Set.of(ChannelCapability.SEND, ChannelCapability.RECEIVE, ChannelCapability.DELIVERY_RECEIPTS));

    private final SmsGateway gateway = new SmsGateway();

    @Override
    public ChannelDescriptor describe() {
        return DESCRIPTOR;
    }

    @Override
    public DeliveryResult send(OutboundMessage message, ChannelContext context) {
        DeliveryResult result;
        try {
            result = deliver(message, context);
        } catch (RuntimeException e) {
            // The contract forbids throwing; a bug here must not look like the gateway's fault either.
            result = DeliveryResult.retryLater("unexpected error in the SMS channel (" + e.getClass().getSimpleName() + ")");
        }
        if (!(result instanceof DeliveryResult.Delivered)) {
            // Reasons never hold settings or message text, so they are safe to log.
            context.logger().log(Level.WARNING, "SMS {0} not delivered: {1}", message.messageId(), result);
        }
        return result;
    }

    private DeliveryResult deliver(OutboundMessage message, ChannelContext context) {
        if (!E164.matcher(message.recipient()).matches()) {
            return DeliveryResult.permanentFailure("recipient is not a phone number in E.164 form (+ and 8 to 15 digits)");
        }
        GatewaySettings settings;
        try {
            settings = GatewaySettings.from(context);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Our messages name the setting, never its value.
            return DeliveryResult.permanentFailure("SMS channel is misconfigured: " + e.getMessage());
        }
        String text = message.body();
        String templateId = message.attribute(MessageAttributes.TEMPLATE_ID).orElse("");
        if (text.length() > settings.maxLength()) {
            // Refused, not cut: a truncated complaint update can say the opposite of the full one.
            return DeliveryResult.permanentFailure("text is " + text.length() + " characters, more than max-length "
                    + settings.maxLength());
        }
        if (text.isBlank() && templateId.isBlank()) {
            return DeliveryResult.permanentFailure("nothing to send: the text is empty and no template-id is given");
        }
        String json = settings.bodyTemplate().render(Map.of(
                "to", message.recipient(),
                "text", text,
                "from", settings.senderId(),
                "messageId", message.messageId(),
                "templateId", templateId));
        return gateway.post(context.channelInstanceId(), settings, message.messageId(), json, context.clock().instant());
    }

    @Override
    public InboundResult receive(InboundRequest request, ChannelContext context) throws InboundRejectedException {
        if (!"POST".equalsIgnoreCase(request.method())) {
            throw InboundRejectedException.malformed("gateway callbacks are POST requests, not " + request.method());
        }
        byte[] body = request.body();
        if (body.length > MAX_CALLBACK_BYTES) {
            throw InboundRejectedException.malformed("body is " + body.length + " bytes, over the 64 KiB limit");
        }
        String secret = context.optionalSetting("inbound-secret").orElseThrow(() -> InboundRejectedException
                .unauthentic("inbound-secret is not configured, so no callback can be verified"));
        InboundSignature.verify(secret, request, body, context.clock().instant());
        return GatewayCallback.parse(body, context);
    }
}
