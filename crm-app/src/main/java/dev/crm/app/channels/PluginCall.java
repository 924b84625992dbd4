package dev.crm.app.channels;

import java.time.Duration;

/**
 * How one bounded call into a plugin ended: with a value, with the plugin's exception, by running
 * out of time, or not at all because the channel had no free thread.
 */
sealed interface PluginCall<T> {

    record Returned<T>(T value, Duration took) implements PluginCall<T> {
    }

    record Threw<T>(Throwable failure, Duration took) implements PluginCall<T> {
    }

    record TimedOut<T>(Duration limit) implements PluginCall<T> {
    }

    record Busy<T>(int inFlight) implements PluginCall<T> {
    }

    /** What to tell staff about a call that did not return. */
    default String describeFailure() {
        if (this instanceof Threw<T> threw) {
            return "the plugin failed: " + threw.failure();
        }
        if (this instanceof TimedOut<T> timedOut) {
            return "the plugin did not answer within " + timedOut.limit().toMillis() + " ms";
        }
        if (this instanceof Busy<T> busy) {
            return "the channel is busy (" + busy.inFlight() + " calls in flight)";
        }
        return "returned";
    }
}
