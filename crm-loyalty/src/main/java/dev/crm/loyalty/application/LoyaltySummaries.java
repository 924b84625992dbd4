package dev.crm.loyalty.application;

import dev.crm.customer.api.CustomerId;
import dev.crm.customer.api.CustomerLoyalty;
import dev.crm.loyalty.api.MemberBenefits;
import dev.crm.loyalty.api.PointsAccountView;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The loyalty summary on the customer 360: balance and the points expiring within
 * {@code crm.loyalty.points.expiring-soon} (90 days by default), and the member's current level.
 * Empty for a customer who is neither a member nor ever had a posting.
 */
@Service
class LoyaltySummaries implements CustomerLoyalty {

    private final PointsLedger ledger;
    private final MemberBenefits members;

    LoyaltySummaries(PointsLedger ledger, MemberBenefits members) {
        this.ledger = ledger;
        this.members = members;
    }

    @Override
    public Optional<LoyaltySummary> summaryOf(CustomerId customer) {
        Optional<MemberBenefits.Benefits> level = members.of(customer);
        Optional<PointsAccountView> account = ledger.account(customer);
        if (level.isEmpty() && account.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LoyaltySummary(level.map(MemberBenefits.Benefits::levelCode).orElse(null),
                level.map(MemberBenefits.Benefits::levelName).orElse(null),
                account.map(PointsAccountView::balance).orElse(0L),
                account.map(PointsAccountView::expiringSoon).orElse(null)));
    }
}
