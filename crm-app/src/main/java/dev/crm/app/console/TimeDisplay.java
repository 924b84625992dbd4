package dev.crm.app.console;

import dev.crm.core.api.BusinessTimeZone;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as the signed-in user reads them: in the user's language, in the business time
 * zone (the one the SLA calendars count in). Templates call it as {@code ${@timeDisplay.dateTime(t)}}.
 */
@Component("timeDisplay")
public class TimeDisplay {

    private final BusinessTimeZone zone;
    private final MessageSource messages;

    TimeDisplay(BusinessTimeZone zone, MessageSource messages) {
        this.zone = zone;
        this.messages = messages;
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale()).withZone(zone.zone()).format(instant);
    }

    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(LocaleContextHolder.getLocale())
                .format(date);
    }

    /** A span such as "2 d 3 h" or "45 min", in the user's language; negative spans read as overdue. */
    public String duration(Duration span) {
        if (span == null) {
            return "";
        }
        Duration length = span.abs();
        long days = length.toDays();
        long hours = length.toHoursPart();
        long minutes = length.toMinutesPart();
        String text;
        if (days > 0) {
            text = message("console.duration.days-hours", days, hours);
        } else if (hours > 0) {
            text = message("console.duration.hours-minutes", hours, minutes);
        } else {
            text = message("console.duration.minutes", minutes);
        }
        return span.isNegative() ? message("console.duration.overdue", text) : text;
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
