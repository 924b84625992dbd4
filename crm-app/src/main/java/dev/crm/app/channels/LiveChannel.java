package dev.crm.app.channels;

import dev.crm.app.plugins.LoadedAdapter;
import dev.crm.plugin.api.ChannelCapability;
import dev.crm.plugin.api.ChannelContext;
import java.time.Clock;

/** An active channel instance with the adapter that serves it: what a worker or endpoint calls. */
record LiveChannel(ChannelInstance instance, LoadedAdapter adapter) {

    String id() {
        return instance.id();
    }

    boolean can(ChannelCapability capability) {
        return adapter.descriptor().can(capability);
    }

    ClassLoader classLoader() {
        return adapter.adapter().getClass().getClassLoader();
    }

    ChannelContext context(Clock clock) {
        return new HostChannelContext(instance.id(), instance.effectiveSettings(), clock,
                new ChannelLogger(instance.id()));
    }
}
