package dev.crm.loyalty.web;

import dev.crm.core.api.CurrentStaff;
import dev.crm.loyalty.application.LedgerConnection;
import dev.crm.loyalty.application.Redemptions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Redemptions by id, their cancellation, and vouchers: checked and used at the till. */
@RestController
@RequestMapping("/api/v1/loyalty")
class RedemptionController {

    private final Redemptions redemptions;
    private final LoyaltyWebMapper mapper;
    private final CurrentStaff currentStaff;
    private final LedgerConnection ledger;

    RedemptionController(Redemptions redemptions, LoyaltyWebMapper mapper, CurrentStaff currentStaff,
                         LedgerConnection ledger) {
        this.ledger = ledger;
        this.redemptions = redemptions;
        this.mapper = mapper;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/redemptions/{id}")
    @PreAuthorize("isAuthenticated()")
    RedemptionResponse get(@PathVariable String id) {
        return mapper.toResponse(redemptions.get(id));
    }

    record CancelRequest(String reason) {
    }

    /** Returns the stock; a confirmed redemption's voucher is voided and its points refund marked due. */
    @PostMapping("/redemptions/{id}/cancellation")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT')")
    RedemptionResponse cancel(@PathVariable String id, @RequestBody(required = false) CancelRequest request) {
        return mapper.toResponse(ledger.cancel(id, request == null ? null : request.reason(),
                currentStaff.username()));
    }

    @GetMapping("/vouchers/{code}")
    @PreAuthorize("isAuthenticated()")
    VoucherResponse voucher(@PathVariable String code) {
        return mapper.toResponse(redemptions.voucher(code), redemptions.now());
    }

    /** 404 unknown, 409 used or void, 422 expired. */
    @PostMapping("/vouchers/{code}/use")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT', 'INTEGRATOR')")
    VoucherResponse use(@PathVariable String code) {
        return mapper.toResponse(redemptions.use(code, currentStaff.username()), redemptions.now());
    }
}
