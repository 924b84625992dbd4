package dev.crm.complaint.web;

import dev.crm.complaint.domain.crisis.CrisisLevel;
import dev.crm.complaint.domain.crisis.CrisisType;
import dev.crm.complaint.domain.crisis.RecoveryStage;
import java.time.Instant;

/** One line of the crisis list. */
record CrisisSummary(String number, String problemId, String title, CrisisType type, CrisisLevel level,
                     RecoveryStage stage, Instant detectedAt, Instant firstCommunicationAt,
                     Boolean firstCommunicationWithinTarget) {
}
