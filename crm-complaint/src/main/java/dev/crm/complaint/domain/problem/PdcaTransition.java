package dev.crm.complaint.domain.problem;

import java.time.Instant;

/** One recorded step of the PDCA cycle: from, to, in which cycle, who, when and why. */
public record PdcaTransition(PdcaStage from, PdcaStage to, int cycle, String by, Instant at, String note) {
}
