package dev.crm.loyalty.web;

import dev.crm.loyalty.domain.AwardKind;
import dev.crm.loyalty.domain.PointsAward;
import java.time.Instant;

record AwardResponse(String id, String customerId, String programId, AwardKind kind, String ruleCode, long points,
                     long uncappedPoints, String sourceRef, String reverses, String periodKey, Instant earnedAt,
                     Instant recordedAt, PointsAward.Status status) {
}
