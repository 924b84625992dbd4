package dev.crm.complaint.api;

/** What the intake did with an inbound message. */
public record IntakeResult(Outcome outcome, String complaintNumber) {

    public enum Outcome { REGISTERED, APPENDED, DUPLICATE }
}
