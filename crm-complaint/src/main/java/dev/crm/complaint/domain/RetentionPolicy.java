package dev.crm.complaint.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * How long complaint records keep their personal data (DOMAIN.md §1.10; 003 §3.1, ch. 5): closed
 * service records at least 3 years from closing, archives 5 to 10 years from archiving. Periods
 * count in calendar years of the business time zone, so a record closed on 29 February is kept to
 * 28 February.
 *
 * @param serviceRecords retention of closed, not archived complaints (at least 3 years)
 * @param archives       retention of archived complaints (5 to 10 years)
 */
public record RetentionPolicy(Period serviceRecords, Period archives, ZoneId zone) {

    public static final Period MIN_SERVICE_RECORDS = Period.ofYears(3);
    public static final Period MIN_ARCHIVES = Period.ofYears(5);
    public static final Period MAX_ARCHIVES = Period.ofYears(10);

    public RetentionPolicy {
        if (serviceRecords == null || shorter(serviceRecords, MIN_SERVICE_RECORDS)) {
            throw new IllegalArgumentException("crm.complaint.retention.service-records must be at least 3 years "
                    + "(003 §3.1), not " + serviceRecords);
        }
        if (archives == null || shorter(archives, MIN_ARCHIVES) || shorter(MAX_ARCHIVES, archives)) {
            throw new IllegalArgumentException("crm.complaint.retention.archives must be 5 to 10 years (003 ch. 5), "
                    + "not " + archives);
        }
        if (zone == null) {
            throw new IllegalArgumentException("zone is required");
        }
    }

    /** Closed service records closed at or before this instant are due for anonymisation. */
    public Instant serviceRecordsClosedBy(Instant now) {
        return now.atZone(zone).minus(serviceRecords).toInstant();
    }

    /** Archives archived at or before this instant are due for anonymisation. */
    public Instant archivesArchivedBy(Instant now) {
        return now.atZone(zone).minus(archives).toInstant();
    }

    /** Periods mixing years, months and days compare by where they lead from one fixed date. */
    private static boolean shorter(Period a, Period b) {
        LocalDate reference = LocalDate.of(2000, 1, 1);
        return reference.plus(a).isBefore(reference.plus(b));
    }
}
