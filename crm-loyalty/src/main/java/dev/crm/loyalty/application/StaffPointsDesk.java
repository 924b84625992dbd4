package dev.crm.loyalty.application;

import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.core.api.Role;
import dev.crm.customer.api.CustomerId;
import dev.crm.loyalty.api.LedgerEntryView;
import dev.crm.loyalty.api.PointsAccountView;
import dev.crm.loyalty.api.PointsDesk;
import dev.crm.loyalty.api.PointsPosting;
import dev.crm.loyalty.domain.PointsAccount;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** The console's points account: the ledger's own postings, keyed like the API's Idempotency-Key. */
@Service
class StaffPointsDesk implements PointsDesk {

    /** PointsAccountController's MAY_POST for ADJUST and REDEEM. */
    private static final Set<Role> MAY_ADJUST = EnumSet.of(Role.ADMIN, Role.SUPERVISOR);
    private static final Set<Role> MAY_REDEEM = EnumSet.of(Role.ADMIN, Role.SUPERVISOR, Role.AGENT, Role.INTEGRATOR);

    private final PointsLedger ledger;
    private final PointsReports reports;
    private final CurrentStaff currentStaff;
    private final AuditLog auditLog;

    StaffPointsDesk(PointsLedger ledger, PointsReports reports, CurrentStaff currentStaff, AuditLog auditLog) {
        this.ledger = ledger;
        this.reports = reports;
        this.currentStaff = currentStaff;
        this.auditLog = auditLog;
    }

    @Override
    public PointsAccountView account(String customerId) {
        return ledger.accountOf(customerId);
    }

    @Override
    public ResultPage<LedgerEntryView> statement(String customerId, PageQuery page) {
        return reports.statement(customerId, page).map(PointsLedger::view);
    }

    @Override
    public PointsPosting adjust(String customerId, Long points, String reason, String key) {
        allow(MAY_ADJUST, "adjust");
        List<FieldViolation> violations = keyViolations(key);
        if (points == null || points == 0) {
            violations.add(new FieldViolation("points", "is required and must not be 0 (signed)"));
        }
        reasonViolations(reason, true, violations);
        reject(violations);
        ledger.requireCustomer(customerId);
        PointsPosting posting = ledger.adjust(new CustomerId(customerId), points,
                IdempotencyKeys.sourceRef(customerId, key), reason.strip(), currentStaff.username());
        if (!posting.replayed()) {
            // As the API: a manual correction is audited.
            auditLog.record(new AuditEvent(currentStaff.username(), "loyalty.points-adjust", "PointsAccount",
                    customerId, Map.of("entry", posting.entry().id(), "points", String.valueOf(points))));
        }
        return posting;
    }

    @Override
    public PointsPosting redeem(String customerId, Long points, String reason, String key) {
        allow(MAY_REDEEM, "redeem");
        List<FieldViolation> violations = keyViolations(key);
        if (points == null || points <= 0) {
            violations.add(new FieldViolation("points", "must be more than 0"));
        }
        reasonViolations(reason, false, violations);
        reject(violations);
        ledger.requireCustomer(customerId);
        return ledger.redeem(new CustomerId(customerId), points, IdempotencyKeys.sourceRef(customerId, key),
                reason == null || reason.isBlank() ? null : reason.strip(), currentStaff.username());
    }

    private void allow(Set<Role> roles, String what) {
        if (currentStaff.roles().stream().noneMatch(roles::contains)) {
            throw new AccessDeniedException("may not " + what + " points");
        }
    }

    private static List<FieldViolation> keyViolations(String key) {
        List<FieldViolation> violations = new ArrayList<>();
        if (key == null || key.isBlank()) {
            violations.add(new FieldViolation("key", "is required: a points transaction moves value"));
        } else if (key.length() > IdempotencyKeys.MAX_KEY) {
            violations.add(new FieldViolation("key", "must be at most " + IdempotencyKeys.MAX_KEY + " characters"));
        }
        return violations;
    }

    private static void reasonViolations(String reason, boolean required, List<FieldViolation> violations) {
        if (required && (reason == null || reason.isBlank())) {
            violations.add(new FieldViolation("reason", "is required for an adjustment"));
        } else if (reason != null && reason.strip().length() > PointsAccount.MAX_REASON) {
            violations.add(new FieldViolation("reason", "must be at most " + PointsAccount.MAX_REASON + " characters"));
        }
    }

    private static void reject(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
