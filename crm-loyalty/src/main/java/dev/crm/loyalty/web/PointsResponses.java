package dev.crm.loyalty.web;

import dev.crm.loyalty.api.EarnKind;
import dev.crm.loyalty.api.EntryType;
import java.time.Instant;
import java.util.List;

/** Response records of the points API. */
final class PointsResponses {

    private PointsResponses() {
    }

    record LotMovementResponse(long lot, long points, Instant expiresAt) {
    }

    record EntryResponse(String id, String customerId, long sequence, EntryType type, EarnKind kind, long points,
                         long balanceAfter, String sourceRef, String reverses, Instant expiresAt,
                         List<LotMovementResponse> lots, long shortfall, long forfeited, String reason,
                         String postedBy, Instant at) {
    }

    /** @param replayed true when the reference was posted before and this is that entry */
    record PostingResponse(EntryResponse entry, boolean replayed) {
    }

    record LotResponse(long lot, long remaining, Instant expiresAt) {
    }

    record AccountResponse(String customerId, long balance, long available, long expiringSoon,
                           Instant expiringSoonUntil, Instant nextExpiryAt, List<LotResponse> lots,
                           long lastSequence, Instant openedAt, Instant updatedAt) {
    }
}
