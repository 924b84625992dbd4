package dev.crm.complaint.domain;

import java.time.Instant;

/**
 * One calendar bucket of a KPI query, {@code [start, end)}; the first and last are cut to the
 * query's range when it does not begin or end on a bucket edge.
 */
public record KpiBucket(String label, Instant start, Instant end) {
}
