package dev.crm.loyalty.api;

/**
 * The result of a posting.
 *
 * @param replayed true when the source reference was posted before: {@code entry} is that original
 *                 entry and nothing was written
 */
public record PointsPosting(LedgerEntryView entry, boolean replayed) {
}
