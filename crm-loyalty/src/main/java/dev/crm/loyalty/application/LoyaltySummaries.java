package dev.crm.loyalty.application;

import dev.crm.customer.api.CustomerId;
import dev.crm.customer.api.CustomerLoyalty;
import dev.crm.loyalty.api.MembershipLevelView;
import dev.crm.loyalty.api.MembershipLevels;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The loyalty summary on the customer 360: balance and the points expiring within
 * {@code crm.loyalty.points.expiring-soon} (90 days by default). The level is the entry level of the
 * ladder until memberships are connected; empty for a customer who never had a posting.
 */
@Service
class LoyaltySummaries implements CustomerLoyalty {

    private final PointsLedger ledger;
    private final MembershipLevels levels;

    LoyaltySummaries(PointsLedger ledger, MembershipLevels levels) {
        this.ledger = ledger;
        this.levels = levels;
    }

    @Override
    public Optional<LoyaltySummary> summaryOf(CustomerId customer) {
        return ledger.account(customer).map(account -> {
            Optional<MembershipLevelView> level = levels.levelFor(0);
            return new LoyaltySummary(level.map(MembershipLevelView::code).orElse(null),
                    level.map(MembershipLevelView::name).orElse(null), account.balance(), account.expiringSoon());
        });
    }
}
