package dev.crm.complaint.web;

import dev.crm.complaint.api.Channel;
import dev.crm.complaint.api.ComplaintKind;
import dev.crm.complaint.api.ComplaintState;
import dev.crm.complaint.api.ContactForm;
import dev.crm.complaint.api.ImpactScope;
import java.time.Instant;
import java.util.List;

record ComplaintResponse(String number, ComplaintKind kind, ComplaintState state, Channel channel, ContactForm form,
                         Instant receivedAt, Instant registeredAt, String registeredBy, String customerId,
                         String contactHint, String description, String customerDemand, String expectedResult,
                         Instant occurredAt, ImpactScope impactScope, String productReference,
                         String productCategory, List<TransitionResponse> transitions, Long version) {

    record TransitionResponse(ComplaintState from, ComplaintState to, String by, Instant at, String note) {
    }
}
