package dev.crm.loyalty.web;

import dev.crm.loyalty.domain.LevelChange;
import dev.crm.loyalty.domain.Membership;
import java.time.Instant;
import java.util.List;

record MembershipResponse(String customerId, String programId, Membership.Enrolment enrolment, Instant enrolledAt,
                          String levelCode, Instant qualifiedSince, Instant graceUntil, Instant reviewedAt,
                          List<LevelChange> history, Long version) {
}
