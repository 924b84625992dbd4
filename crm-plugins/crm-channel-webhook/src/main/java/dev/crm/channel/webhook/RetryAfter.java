package dev.crm.channel.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The {@code Retry-After} header (RFC 9110 §10.2.3): delay seconds or an HTTP date. */
final class RetryAfter {

    /** A receiver asking for more than this is capped, so one answer cannot park a message for years. */
    static final Duration LONGEST = Duration.ofDays(1);

    private RetryAfter() {
    }

    static Optional<Duration> parse(Optional<String> header, Instant now) {
        return header.map(String::trim).filter(value -> !value.isEmpty()).flatMap(value -> delay(value, now))
                .map(delay -> delay.compareTo(LONGEST) > 0 ? LONGEST : delay);
    }

    private static Optional<Duration> delay(String value, Instant now) {
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            } catch (NumberFormatException e) {
                return Optional.of(LONGEST);
            }
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
