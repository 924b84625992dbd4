package dev.crm.customer.api;

import java.util.Optional;

/** Port: the loyalty summary for the customer 360, implemented by the loyalty module. */
public interface CustomerLoyalty {

    Optional<LoyaltySummary> summaryOf(CustomerId customer);

    record LoyaltySummary(String levelCode, String levelName, long pointsBalance, Long pointsExpiringSoon) {
    }
}
