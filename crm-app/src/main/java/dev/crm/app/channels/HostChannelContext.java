package dev.crm.app.channels;

import dev.crm.plugin.api.ChannelContext;
import java.time.Clock;
import java.util.Map;

/** What a plugin gets on each call: its instance's settings (secrets included), the clock, a logger. */
record HostChannelContext(String channelInstanceId, Map<String, String> settings, Clock clock,
                          System.Logger logger) implements ChannelContext {

    HostChannelContext {
        settings = Map.copyOf(settings);
    }

    // Settings hold secrets: never print them.
    @Override
    public String toString() {
        return "ChannelContext[" + channelInstanceId + ", " + settings.size() + " settings]";
    }
}
