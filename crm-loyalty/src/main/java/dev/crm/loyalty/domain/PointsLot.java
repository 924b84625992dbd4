package dev.crm.loyalty.domain;

import java.time.Instant;

/**
 * The unspent, unexpired points of one credit. {@code lot} is the sequence of the entry that opened
 * it, so lots order by expiry first and by age second.
 */
public record PointsLot(long lot, long remaining, Instant expiresAt) {

    boolean spendableAt(Instant at) {
        return expiresAt.isAfter(at);
    }
}
