package dev.crm.testplugin;

import dev.crm.plugin.api.ChannelAdapter;
import dev.crm.plugin.api.ChannelCapability;
import dev.crm.plugin.api.ChannelContext;
import dev.crm.plugin.api.ChannelDescriptor;
import dev.crm.plugin.api.DeliveryResult;
import dev.crm.plugin.api.OutboundMessage;
import java.util.Set;
import org.pf4j.Extension;

/** A well-behaved channel no other test uses, for switching a whole plugin off, on and reloading it. */
@Extension
public class QuietChannel implements ChannelAdapter {

    @Override
    public ChannelDescriptor describe() {
        return new ChannelDescriptor("quiet", "Quiet test channel", Set.of(ChannelCapability.SEND));
    }

    @Override
    public DeliveryResult send(OutboundMessage message, ChannelContext context) {
        return DeliveryResult.permanentFailure("the quiet channel sends nothing");
    }
}
