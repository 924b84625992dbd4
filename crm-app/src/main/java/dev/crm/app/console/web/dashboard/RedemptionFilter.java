package dev.crm.app.console.web.dashboard;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The period of the redemption rate (business days, both included); empty means the last twelve months. */
record RedemptionFilter(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
}
