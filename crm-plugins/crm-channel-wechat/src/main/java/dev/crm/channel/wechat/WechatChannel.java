package dev.crm.channel.wechat;

import dev.crm.plugin.api.ChannelAdapter;
import dev.crm.plugin.api.ChannelCapability;
import dev.crm.plugin.api.ChannelContext;
import dev.crm.plugin.api.ChannelDescriptor;
import dev.crm.plugin.api.DeliveryResult;
import dev.crm.plugin.api.InboundRejectedException;
import dev.crm.plugin.api.InboundRequest;
import dev.crm.plugin.api.InboundResult;
import dev.crm.plugin.api.OutboundMessage;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;
import org.pf4j.Extension;

/**
 * A WeChat official account in server mode (公众号 服务器配置): Tencent calls the CRM with
 * signed XML pushes, the CRM answers followers with customer-service messages (客服消息).
 *
 * <p>The fields hold shared infrastructure only (an HTTP client, the per-instance access-token
 * cache, a random source); everything about one call comes from its arguments.
 */
@Extension
public class WechatChannel implements ChannelAdapter {

    static final String ID = "wechat";

    private static final ChannelDescriptor DESCRIPTOR = new ChannelDescriptor(ID, "WeChat official account",
            Set.of(ChannelCapability.SEND, ChannelCapability.RECEIVE));

    private final CustomerService customerService = new CustomerService(new WeixinApi(), new AccessTokens());
    private final MessagePush messagePush = new MessagePush(new SecureRandom());

    @Override
    public ChannelDescriptor describe() {
        return DESCRIPTOR;
    }

    @Override
    public DeliveryResult send(OutboundMessage message, ChannelContext context) {
        ApiSettings settings;
        try {
            settings = ApiSettings.of(context);
        } catch (IllegalStateException e) {
            // A configuration mistake: retrying the same message cannot fix it. The text names the key, never its value.
            return DeliveryResult.permanentFailure(e.getMessage());
        }
        try {
            return customerService.send(message, settings, context);
        } catch (RuntimeException e) {
            // send must not throw; the class name is enough to diagnose and cannot carry a secret.
            context.logger().log(System.Logger.Level.ERROR, "WeChat delivery of {0} failed unexpectedly: {1}",
                    message.messageId(), e.getClass().getName());
            return DeliveryResult.retryLater("unexpected failure in the WeChat channel (" + e.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public InboundResult receive(InboundRequest request, ChannelContext context) throws InboundRejectedException {
        ServerSettings settings;
        try {
            settings = ServerSettings.of(context);
        } catch (IllegalStateException e) {
            // Without the token nothing can be verified, so nothing may be accepted.
            throw InboundRejectedException.unauthentic("cannot verify WeChat requests: " + e.getMessage());
        }
        return switch (request.method().toUpperCase(Locale.ROOT)) {
            case "GET" -> Handshake.answer(request, settings, context.clock());
            case "POST" -> messagePush.receive(request, settings, context);
            default -> throw InboundRejectedException.malformed("WeChat sends GET and POST only, not " + request.method());
        };
    }
}
