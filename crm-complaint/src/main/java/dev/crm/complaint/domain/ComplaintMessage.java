package dev.crm.complaint.domain;

import java.time.Instant;

/**
 * A message on the complaint: from the customer through a channel, or a response to the customer.
 *
 * @param externalId the channel's message id, so a redelivered message is appended once
 */
public record ComplaintMessage(Direction direction, String channel, String externalId, String author, String text,
                               Instant at) {

    public enum Direction { FROM_CUSTOMER, TO_CUSTOMER }
}
