package dev.crm.complaint.api;

import java.time.Instant;

/** What the registrant (or the customer, via an acknowledgement) is told. */
public record ComplaintReceipt(String number, ComplaintState state, Instant receivedAt, Instant registeredAt) {
}
