package dev.crm.core.application;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by every module.
 *
 * @param businessTimeZone the zone in which business days and years are counted (sequence
 *                         number years, daily aggregation); timestamps are stored in UTC
 */
@ConfigurationProperties("crm")
public record CoreProperties(@DefaultValue("UTC") ZoneId businessTimeZone) {
}
