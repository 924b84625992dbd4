package dev.crm.complaint.domain;

import dev.crm.complaint.api.Channel;
import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.api.Grade;

/** The attributes of a complaint that SLA policies match on; grade and type are unknown until assessment. */
public record SlaSubject(Grade grade, ComplaintType type, String productCategory, Channel channel,
                         String customerTier, boolean priorityService) {

    public SlaSubject(Grade grade, ComplaintType type, String productCategory, Channel channel, String customerTier) {
        this(grade, type, productCategory, channel, customerTier, false);
    }
}
