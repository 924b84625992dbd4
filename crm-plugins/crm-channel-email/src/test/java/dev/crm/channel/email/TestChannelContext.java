package dev.crm.channel.email;

import dev.crm.plugin.api.ChannelContext;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;

/** A channel instance's context as the host would give it, with a fixed clock and a logger that keeps its lines. */
final class TestChannelContext implements ChannelContext {

    static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    private final String instanceId;
    private final Map<String, String> settings;
    private final List<String> logLines = new CopyOnWriteArrayList<>();

    TestChannelContext(String instanceId, Map<String, String> settings) {
        this.instanceId = instanceId;
        this.settings = Map.copyOf(settings);
    }

    TestChannelContext with(String key, String value) {
        Map<String, String> changed = new HashMap<>(settings);
        changed.put(key, value);
        return new TestChannelContext(instanceId, changed);
    }

    TestChannelContext without(String key) {
        Map<String, String> changed = new HashMap<>(settings);
        changed.remove(key);
        return new TestChannelContext(instanceId, changed);
    }

    List<String> logLines() {
        return logLines;
    }

    @Override
    public String channelInstanceId() {
        return instanceId;
    }

    @Override
    public Map<String, String> settings() {
        return settings;
    }

    @Override
    public Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Override
    public System.Logger logger() {
        return new System.Logger() {
            @Override
            public String getName() {
                return "channel." + instanceId;
            }

            @Override
            public boolean isLoggable(Level level) {
                return true;
            }

            @Override
            public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
                logLines.add(level + " " + message);
            }

            @Override
            public void log(Level level, ResourceBundle bundle, String format, Object... params) {
                logLines.add(level + " " + (params == null || params.length == 0 ? format : MessageFormat.format(format, params)));
            }
        };
    }
}
