package dev.crm.channel.webhook;

import dev.crm.plugin.api.ChannelContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** A channel instance as the host would hand it over: settings from a map, a clock the test moves. */
record TestContext(String channelInstanceId, Map<String, String> settings, MovableClock clock) implements ChannelContext {

    static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    static TestContext of(Map<String, String> settings) {
        return new TestContext("webhook", settings, new MovableClock(NOW));
    }

    @Override
    public System.Logger logger() {
        return System.getLogger("channel.webhook.test");
    }

    /** A clock that stands still until told to move. */
    static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
