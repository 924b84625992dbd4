package dev.crm.channel.sms;

import dev.crm.plugin.api.ChannelContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** A channel instance as the host would hand it over: settings from a map, a fixed clock. */
record TestContext(String channelInstanceId, Map<String, String> settings, Clock clock) implements ChannelContext {

    static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    static TestContext of(Map<String, String> settings) {
        return new TestContext("sms", settings, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Override
    public System.Logger logger() {
        return System.getLogger("channel.sms.test");
    }
}
