package dev.crm.complaint.domain;

import dev.crm.complaint.api.ComplaintState;
import java.time.Instant;

/** One recorded step of a complaint's life: complete and traceable (000 §5.2). */
public record Transition(ComplaintState from, ComplaintState to, String by, Instant at, String note) {
}
