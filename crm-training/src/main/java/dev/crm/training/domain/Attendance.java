package dev.crm.training.domain;

import java.time.Instant;
import java.time.LocalDate;

/** One session of an enrolment: whether the person was there and for how long. */
public record Attendance(LocalDate date, boolean present, int minutes, String note, String recordedBy,
                         Instant recordedAt) {
}
