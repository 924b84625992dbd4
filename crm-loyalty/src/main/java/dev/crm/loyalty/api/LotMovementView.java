package dev.crm.loyalty.api;

import java.time.Instant;

/**
 * Points moved into (positive) or out of (negative) one lot by an entry. A lot is the points of one
 * credit, numbered by the sequence of the entry that opened it, with that credit's expiry.
 */
public record LotMovementView(long lot, long points, Instant expiresAt) {
}
