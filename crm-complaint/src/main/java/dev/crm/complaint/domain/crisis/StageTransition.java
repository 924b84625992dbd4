package dev.crm.complaint.domain.crisis;

import java.time.Instant;

/** One recorded step through the recovery stages. */
public record StageTransition(RecoveryStage from, RecoveryStage to, String by, Instant at, String note) {
}
