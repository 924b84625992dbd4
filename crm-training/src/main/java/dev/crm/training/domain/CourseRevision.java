package dev.crm.training.domain;

import java.time.Instant;

/** One version of a course, kept as it was: enrolments name the version they took. */
public record CourseRevision(int revision, CourseContent content, Instant revisedAt, String revisedBy) {
}
