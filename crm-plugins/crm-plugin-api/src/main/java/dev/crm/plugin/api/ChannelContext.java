package dev.crm.plugin.api;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * What the host gives a channel: its settings (configured by an administrator per channel
 * instance; credentials included, so never log them) and the clock to use for all time.
 */
public interface ChannelContext {

    /** Identifies the configured instance, e.g. {@code email} or {@code email-support}. */
    String channelInstanceId();

    /** All settings of this instance. */
    Map<String, String> settings();

    Clock clock();

    default Optional<String> optionalSetting(String key) {
        return Optional.ofNullable(settings().get(key)).filter(value -> !value.isBlank());
    }

    /** A setting the channel cannot work without. */
    default String setting(String key) {
        return optionalSetting(key).orElseThrow(() -> new IllegalStateException(
                "channel " + channelInstanceId() + " is missing its setting '" + key + "'"));
    }
}
