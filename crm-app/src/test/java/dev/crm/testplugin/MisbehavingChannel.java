package dev.crm.testplugin;

import dev.crm.plugin.api.ChannelAdapter;
import dev.crm.plugin.api.ChannelCapability;
import dev.crm.plugin.api.ChannelContext;
import dev.crm.plugin.api.ChannelDescriptor;
import dev.crm.plugin.api.DeliveryResult;
import dev.crm.plugin.api.InboundRequest;
import dev.crm.plugin.api.InboundResult;
import dev.crm.plugin.api.OutboundMessage;
import java.util.Set;
import org.pf4j.Extension;

/**
 * A deliberately bad channel, packed into a plugin jar by the tests (never loaded from the test
 * class path). Its instance setting {@code mode} picks the misbehaviour: {@code throw} (send and
 * receive throw), {@code hang} (they block until interrupted), {@code garbage} (they return null),
 * {@code ok} (they work).
 */
@Extension
public class MisbehavingChannel implements ChannelAdapter {

    @Override
    public ChannelDescriptor describe() {
        return new ChannelDescriptor("misbehaving", "Misbehaving test channel",
                Set.of(ChannelCapability.SEND, ChannelCapability.RECEIVE));
    }

    @Override
    public DeliveryResult send(OutboundMessage message, ChannelContext context) {
        return switch (context.setting("mode")) {
            case "throw" -> throw new IllegalStateException("provider exploded");
            case "hang" -> hang();
            case "garbage" -> null;
            default -> DeliveryResult.delivered("ok-" + message.messageId());
        };
    }

    @Override
    public InboundResult receive(InboundRequest request, ChannelContext context) {
        return switch (context.setting("mode")) {
            case "throw" -> throw new IllegalStateException("parser exploded");
            case "hang" -> hang();
            case "garbage" -> null;
            default -> InboundResult.empty();
        };
    }

    private static <T> T hang() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("interrupted");
    }
}
