package dev.crm.app.console.web.dashboard;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A scoring run's day; empty means today in the business time zone. */
record ScoringForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
}
