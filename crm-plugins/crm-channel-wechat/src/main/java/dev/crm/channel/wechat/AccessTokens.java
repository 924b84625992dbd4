package dev.crm.channel.wechat;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The access token of each channel instance. WeChat allows only so many token fetches a day and a
 * new token invalidates the previous one after a few minutes, so every sender of an instance shares
 * one token and only one of them fetches a new one at a time; the others wait for it.
 */
final class AccessTokens {

    /** Fetches a token; how is {@link WeixinApi}'s business. */
    @FunctionalInterface
    interface Source {
        AccessToken fetch(ApiSettings settings, Instant now) throws DeliveryFailure;
    }

    private final ConcurrentMap<String, Slot> slots = new ConcurrentHashMap<>();

    /** The cached token of the instance, or a new one when it has none that is still good. */
    AccessToken current(String channelInstanceId, ApiSettings settings, Clock clock, Source source)
            throws DeliveryFailure {
        return slots.computeIfAbsent(channelInstanceId, id -> new Slot()).current(settings, clock, source);
    }

    /** Forgets {@code rejected}, which WeChat no longer accepts, unless another sender has replaced it already. */
    void discard(String channelInstanceId, AccessToken rejected) {
        Slot slot = slots.get(channelInstanceId);
        if (slot != null) {
            slot.discard(rejected);
        }
    }

    /** One instance's token; its lock is what makes refreshes one at a time. */
    private static final class Slot {

        private AccessToken token;

        synchronized AccessToken current(ApiSettings settings, Clock clock, Source source) throws DeliveryFailure {
            // Read the clock inside the lock: a sender that waited for a refresh must see the new token as fresh.
            Instant now = clock.instant();
            if (token == null || !token.usableFor(settings, now)) {
                token = source.fetch(settings, now);
            }
            return token;
        }

        synchronized void discard(AccessToken rejected) {
            if (token == rejected) {
                token = null;
            }
        }
    }
}
