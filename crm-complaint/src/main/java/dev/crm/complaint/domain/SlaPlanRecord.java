package dev.crm.complaint.domain;

import dev.crm.complaint.api.Milestone;
import java.time.Instant;
import java.util.Map;

/** A past computation of the deadlines, kept when grade or type changes them (DOMAIN.md §1.5). */
public record SlaPlanRecord(Instant computedAt, String reason, Map<Milestone, Instant> deadlines) {
}
