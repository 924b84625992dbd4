package dev.crm.loyalty.domain;

import java.time.Instant;

/** Points an entry moved into (positive) or out of (negative) one lot; lots are numbered by the entry that opened them. */
public record LotMovement(long lot, long points, Instant expiresAt) {
}
