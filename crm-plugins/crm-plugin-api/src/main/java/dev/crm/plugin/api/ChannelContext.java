package dev.crm.plugin.api;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * What the host gives a channel on every call: its settings, a clock and a logger. Plugins never
 * see the CRM's internals (its beans or its database), only this.
 *
 * <p>Settings are plain strings configured by an administrator for one channel instance: the
 * provider's endpoint, the account, the credentials. Treat them as secrets: never log them and
 * never echo them in a {@link DeliveryResult} reason or an exception message. Document the keys your
 * channel reads in your plugin's README.
 */
public interface ChannelContext {

    /**
     * The configured instance this call is for, e.g. {@code email} or {@code email-support}. Stable
     * across restarts, so it can key caches and appear in log lines.
     */
    String channelInstanceId();

    /** All settings of this instance, unmodifiable. */
    Map<String, String> settings();

    /** The clock to take every time from (message timestamps, token expiry); never the system's. */
    Clock clock();

    /**
     * Where the channel writes its log lines; the host files them under the channel instance. A
     * JDK logger, so a plugin needs no logging library of its own. Never log settings, tokens or
     * message bodies.
     */
    System.Logger logger();

    /** A setting that may be absent; a blank value counts as absent. */
    default Optional<String> optionalSetting(String key) {
        return Optional.ofNullable(settings().get(key)).filter(value -> !value.isBlank());
    }

    /**
     * A setting the channel cannot work without.
     *
     * @throws IllegalStateException naming the instance and the key (never the value) when the
     *         setting is absent or blank
     */
    default String setting(String key) {
        return optionalSetting(key).orElseThrow(() -> new IllegalStateException(
                "channel " + channelInstanceId() + " is missing its setting '" + key + "'"));
    }
}
