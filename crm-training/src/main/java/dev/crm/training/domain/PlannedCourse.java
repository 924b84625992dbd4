package dev.crm.training.domain;

import java.time.LocalDate;

/** A course a plan schedules for the department, to be completed by {@code dueDate}. */
public record PlannedCourse(String courseCode, LocalDate dueDate, String audience) {
}
