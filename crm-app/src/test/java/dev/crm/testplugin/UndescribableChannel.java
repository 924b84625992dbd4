package dev.crm.testplugin;

import dev.crm.plugin.api.ChannelAdapter;
import dev.crm.plugin.api.ChannelContext;
import dev.crm.plugin.api.ChannelDescriptor;
import dev.crm.plugin.api.DeliveryResult;
import dev.crm.plugin.api.OutboundMessage;
import org.pf4j.Extension;

/** A channel whose describe() throws: its plugin must be reported, and nothing else disturbed. */
@Extension
public class UndescribableChannel implements ChannelAdapter {

    @Override
    public ChannelDescriptor describe() {
        throw new IllegalStateException("cannot say who I am");
    }

    @Override
    public DeliveryResult send(OutboundMessage message, ChannelContext context) {
        return DeliveryResult.permanentFailure("never called");
    }
}
