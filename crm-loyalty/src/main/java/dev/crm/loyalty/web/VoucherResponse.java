package dev.crm.loyalty.web;

import dev.crm.loyalty.domain.RewardKind;
import dev.crm.loyalty.domain.Voucher;
import java.time.Instant;

/** A voucher and its status at the time of the answer. */
record VoucherResponse(String code, String redemptionId, String customerId, String rewardCode, RewardKind rewardKind,
                       Instant issuedAt, Instant validUntil, Instant usedAt, Voucher.Status status) {
}
