package dev.crm.complaint.domain;

import dev.crm.complaint.api.Channel;
import dev.crm.complaint.api.ComplaintState;
import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.api.Grade;
import java.time.Instant;

/** Filters of the complaint list; {@code null} means "any". */
public record ComplaintCriteria(ComplaintState state, Grade grade, ComplaintType type, String owner,
                                String department, Channel channel, Boolean breached, Instant dueBefore,
                                String customerId, String text, boolean openOnly, String ownerOrUnowned) {
}
