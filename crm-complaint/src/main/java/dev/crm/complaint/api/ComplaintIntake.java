package dev.crm.complaint.api;

/**
 * The unified intake every channel lands in (DOMAIN.md §1.1): staff registering a call, and
 * channel plugins' inbound messages alike.
 */
public interface ComplaintIntake {

    /**
     * Registers a complaint and gives it the next gap-free number.
     *
     * @param registeredBy the staff member, or the channel (e.g. {@code channel:email}) for inbound messages
     * @throws dev.crm.core.api.InvalidInputException naming each missing or invalid field; no
     *         number is consumed then
     */
    ComplaintReceipt register(ComplaintRegistration registration, String registeredBy);

    /**
     * Takes a customer's message from a channel: appends it to the open complaint it references
     * (by number, or by the channel's thread id), or registers a new complaint from it. A message
     * seen before (same channel message id) changes nothing.
     */
    IntakeResult receive(InboundComplaintMessage message);
}
