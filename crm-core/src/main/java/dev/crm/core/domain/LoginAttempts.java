package dev.crm.core.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins counted against one key (a username or a client address), shared by every app
 * node through its document. {@code limit} failures within {@code window} of the first lock the key
 * out; each further lock-out of the same key lasts twice the last, up to the cap. A key with no
 * failure and no lock-out for {@code maxLockOut} is forgotten: its next failure starts afresh.
 *
 * @param id              the key, {@code user:<name>} or {@code address:<ip>}
 * @param failures        failures in the current window
 * @param windowStartedAt first failure of the current window
 * @param lockOuts        lock-outs so far, which set the length of the next one
 * @param lockedUntil     sign-ins are refused before this instant (null: not locked)
 * @param forgetAt        from this instant the record counts as none (expiry by the clock, since
 *                        TTL indexes never fire on the embedded store)
 * @param revision        bumped by each write, so concurrent writers update only what they read
 */
public record LoginAttempts(String id, int failures, Instant windowStartedAt, int lockOuts, Instant lockedUntil,
                            Instant forgetAt, long revision) {

    /** The limits of one kind of key. */
    public record Terms(int limit, Duration window, Duration firstLockOut, Duration maxLockOut) {

        public Terms {
            if (limit < 1 || window.isNegative() || window.isZero() || firstLockOut.isNegative()
                    || firstLockOut.isZero() || maxLockOut.compareTo(firstLockOut) < 0) {
                throw new IllegalArgumentException("limit and durations must be positive, max-lock-out >= first");
            }
        }

        /** The {@code n}th lock-out (from 1): first × 2^(n−1), capped. */
        Duration lockOut(int n) {
            Duration lockOut = firstLockOut;
            for (int i = 1; i < n && lockOut.compareTo(maxLockOut) < 0; i++) {
                lockOut = lockOut.multipliedBy(2);
            }
            return lockOut.compareTo(maxLockOut) > 0 ? maxLockOut : lockOut;
        }
    }

    public static LoginAttempts none(String id) {
        return new LoginAttempts(id, 0, null, 0, null, null, 0);
    }

    /** Until when sign-ins with this key are refused, if they are now. */
    public Optional<Instant> lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil) ? Optional.of(lockedUntil) : Optional.empty();
    }

    /** The record after one more failure at {@code now}; locks the key out when it reaches the limit. */
    public LoginAttempts failedAt(Instant now, Terms terms) {
        LoginAttempts current = forgotten(now) ? none(id).withRevision(revision) : this;
        boolean windowOver = current.windowStartedAt == null
                || !now.isBefore(current.windowStartedAt.plus(terms.window()));
        int counted = windowOver ? 1 : current.failures + 1;
        Instant windowStart = windowOver ? now : current.windowStartedAt;
        int lockOutCount = current.lockOuts;
        Instant until = current.lockedUntil;
        if (counted >= terms.limit()) {
            lockOutCount++;
            until = now.plus(terms.lockOut(lockOutCount));
            counted = 0;
            windowStart = null;
        }
        Instant lastRelevant = until != null && until.isAfter(now.plus(terms.window())) ? until : now.plus(terms.window());
        return new LoginAttempts(id, counted, windowStart, lockOutCount, until, lastRelevant.plus(terms.maxLockOut()),
                revision + 1);
    }

    public boolean forgotten(Instant now) {
        return forgetAt != null && !now.isBefore(forgetAt);
    }

    private LoginAttempts withRevision(long value) {
        return new LoginAttempts(id, failures, windowStartedAt, lockOuts, lockedUntil, forgetAt, value);
    }
}
