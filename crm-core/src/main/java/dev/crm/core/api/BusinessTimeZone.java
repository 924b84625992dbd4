package dev.crm.core.api;

import java.time.ZoneId;

/**
 * The zone in which business days and years are counted ({@code crm.business-time-zone},
 * default UTC): a purchase "on 30 June" is on 30 June there, whatever the server's zone.
 */
public record BusinessTimeZone(ZoneId zone) {
}
