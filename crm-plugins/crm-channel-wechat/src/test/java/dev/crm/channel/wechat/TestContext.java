package dev.crm.channel.wechat;

import dev.crm.plugin.api.ChannelContext;
import java.util.HashMap;
import java.util.Map;

/** A channel instance as the host would hand it over: settings, a hand-moved clock, a recording logger. */
record TestContext(String channelInstanceId, Map<String, String> settings, MutableClock clock, RecordingLogger logger)
        implements ChannelContext {

    TestContext {
        settings = Map.copyOf(settings);
    }

    static TestContext of(Map<String, String> settings, MutableClock clock) {
        return new TestContext("wechat", settings, clock, new RecordingLogger());
    }

    /** The same instance with one setting changed; {@code null} removes it. */
    TestContext with(String key, String value) {
        Map<String, String> changed = new HashMap<>(settings);
        if (value == null) {
            changed.remove(key);
        } else {
            changed.put(key, value);
        }
        return new TestContext(channelInstanceId, changed, clock, logger);
    }

    TestContext instance(String id) {
        return new TestContext(id, settings, clock, logger);
    }
}
