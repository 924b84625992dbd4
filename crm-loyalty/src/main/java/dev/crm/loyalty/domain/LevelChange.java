package dev.crm.loyalty.domain;

import java.time.Instant;

/** One move on the ladder, kept in the membership's level history; a null code is "no level". */
public record LevelChange(String fromLevel, String toLevel, Instant at, String reason) {
}
