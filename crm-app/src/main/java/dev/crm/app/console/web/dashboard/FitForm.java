package dev.crm.app.console.web.dashboard;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A CLV fit's last order day and the model's time unit (DAYS or WEEKS). */
record FitForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, String timeUnit) {
}
