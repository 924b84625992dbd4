package dev.crm.loyalty.web;

import dev.crm.loyalty.domain.Reward;
import dev.crm.loyalty.domain.RewardKind;
import dev.crm.loyalty.domain.RewardTerms;
import java.time.Instant;

/**
 * A reward as the API reads and writes it; {@code stock} left out is unlimited, and on reading it is
 * what is left. The reward checks every field.
 */
record RewardBody(String code, String name, RewardKind kind, Long pointsPrice, Long stock, Integer perCustomerLimit,
                  Instant validFrom, Instant validTo, Integer voucherValidityDays, Long version) {

    RewardTerms toTerms() {
        return new RewardTerms(name, kind, pointsPrice == null ? 0 : pointsPrice, stock, perCustomerLimit, validFrom,
                validTo, voucherValidityDays == null ? 0 : voucherValidityDays);
    }

    static RewardBody of(Reward reward) {
        RewardTerms terms = reward.getTerms();
        return new RewardBody(reward.getCode(), terms.name(), terms.kind(), terms.pointsPrice(), reward.getStock(),
                terms.perCustomerLimit(), terms.validFrom(), terms.validTo(), terms.voucherValidityDays(),
                reward.getVersion());
    }
}
