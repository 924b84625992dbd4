package dev.crm.complaint.web;

import java.time.Instant;

/** One line of a complaint's history: a transition, a message, or an SLA event. */
record TimelineEntry(Instant at, String kind, String by, String summary) {
}
