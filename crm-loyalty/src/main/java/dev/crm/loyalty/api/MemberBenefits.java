package dev.crm.loyalty.api;

import dev.crm.customer.api.CustomerId;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a customer's membership level entitles them to, for other modules: the complaint SLA
 * policies give priority service to members whose level has it.
 */
public interface MemberBenefits {

    /** Empty when the customer is no member or holds no level yet. */
    Optional<Benefits> of(CustomerId customer);

    /** Whether the customer's level has priority service; false for non-members. */
    default boolean hasPriorityService(CustomerId customer) {
        return of(customer).map(Benefits::priorityService).orElse(false);
    }

    record Benefits(String programId, String levelCode, String levelName, int levelRank, BigDecimal earnMultiplier,
                    boolean priorityService, BigDecimal discountPercent) {
    }
}
