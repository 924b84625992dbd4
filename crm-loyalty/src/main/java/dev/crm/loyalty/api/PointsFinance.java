package dev.crm.loyalty.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The finance figures of the points ledger (issue 7): what the programme still owes in points, by
 * the month it expires, and how much of what was earned is redeemed. The console's dashboards
 * read them here.
 */
public interface PointsFinance {

    Liability liability(Instant now);

    /** @throws dev.crm.core.api.InvalidInputException naming {@code to} when {@code to} is before {@code from} */
    RedemptionRate redemptionRate(LocalDate from, LocalDate to);

    /** Outstanding points by the month they expire in (business zone), plus those past expiry not yet written off. */
    record Liability(Instant asOf, long outstanding, long awaitingExpiry, List<Month> months) {

        public record Month(YearMonth month, long points) {
        }
    }

    /** Points redeemed over points earned from {@code from} to {@code to}; {@code rate} is null when nothing was earned. */
    record RedemptionRate(LocalDate from, LocalDate to, long earned, long redeemed, BigDecimal rate) {
    }
}
