package dev.crm.loyalty.web;

import dev.crm.loyalty.domain.RedemptionState;
import dev.crm.loyalty.domain.RewardKind;
import java.time.Instant;

record RedemptionResponse(String id, String customerId, String rewardCode, RewardKind rewardKind, long pointsPrice,
                          RedemptionState state, String voucherCode, Instant reservedAt, Instant confirmedAt,
                          Instant releasedAt, Instant cancelledAt, String reason, boolean refundDue) {
}
