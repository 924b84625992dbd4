package dev.crm.complaint.web;

import dev.crm.complaint.api.Channel;
import dev.crm.complaint.api.ComplaintKind;
import dev.crm.complaint.api.ComplaintState;
import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.api.Grade;
import java.time.Instant;

/** One line of a complaint list or queue. */
record ComplaintSummary(String number, ComplaintKind kind, ComplaintState state, Channel channel, Grade grade,
                        ComplaintType type, String owner, String customerId, String description, Instant receivedAt,
                        Instant nextDueAt, boolean breached) {
}
