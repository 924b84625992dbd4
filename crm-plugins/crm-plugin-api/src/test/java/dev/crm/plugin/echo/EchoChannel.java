package dev.crm.plugin.echo;

import dev.crm.plugin.api.ChannelAdapter;
import dev.crm.plugin.api.ChannelCapability;
import dev.crm.plugin.api.ChannelContext;
import dev.crm.plugin.api.ChannelDescriptor;
import dev.crm.plugin.api.DeliveryResult;
import dev.crm.plugin.api.OutboundMessage;
import java.util.Set;
import org.pf4j.Extension;

/**
 * The smallest possible channel, written as an integrator would: outside the SDK's package, against
 * its public types only. The tests index it, load it from the test classpath and pack it into a
 * plugin jar.
 */
@Extension
public class EchoChannel implements ChannelAdapter {

    @Override
    public ChannelDescriptor describe() {
        return new ChannelDescriptor("echo", "Echo", Set.of(ChannelCapability.SEND));
    }

    @Override
    public DeliveryResult send(OutboundMessage message, ChannelContext context) {
        return DeliveryResult.delivered("echo-" + message.messageId());
    }
}
