package dev.crm.complaint.domain.crisis;

import java.time.Instant;

/** A communication about the crisis (a statement, a call-out, a post), as recorded when it was made. */
public record CrisisCommunication(String channel, Audience audience, String message, Instant at, String by) {
}
