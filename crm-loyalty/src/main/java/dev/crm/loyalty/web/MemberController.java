package dev.crm.loyalty.web;

import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.loyalty.application.LedgerConnection;
import dev.crm.loyalty.application.Memberships;
import dev.crm.loyalty.application.PointsAwards;
import dev.crm.loyalty.application.Redemptions;
import dev.crm.loyalty.domain.AwardKind;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A member: their level, their points awards and their redemptions. */
@RestController
@RequestMapping("/api/v1/loyalty")
class MemberController {

    private final Memberships memberships;
    private final PointsAwards awards;
    private final Redemptions redemptions;
    private final LoyaltyWebMapper mapper;
    private final CurrentStaff currentStaff;
    private final LedgerConnection ledger;

    MemberController(Memberships memberships, PointsAwards awards, Redemptions redemptions, LoyaltyWebMapper mapper,
                     CurrentStaff currentStaff, LedgerConnection ledger) {
        this.ledger = ledger;
        this.memberships = memberships;
        this.awards = awards;
        this.redemptions = redemptions;
        this.mapper = mapper;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/members/{customerId}")
    @PreAuthorize("isAuthenticated()")
    MembershipResponse member(@PathVariable String customerId) {
        return mapper.toResponse(memberships.get(customerId));
    }

    record AwardRequest(AwardKind kind, String reference) {
    }

    /** A referral, activity, birthday or welcome award: 201, or 200 when that occasion was awarded already. */
    @PostMapping("/members/{customerId}/awards")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT', 'INTEGRATOR')")
    ResponseEntity<AwardResponse> award(@PathVariable String customerId, @RequestBody AwardRequest request) {
        PointsAwards.Awarded awarded = awards.award(customerId, request.kind(), request.reference(),
                currentStaff.username());
        return ResponseEntity.status(awarded.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(mapper.toResponse(ledger.post(awarded.award())));
    }

    /** Newest first. */
    @GetMapping("/members/{customerId}/awards")
    @PreAuthorize("isAuthenticated()")
    ResultPage<AwardResponse> awards(@PathVariable String customerId, @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size) {
        return awards.awardsOf(customerId, PageQuery.of(page, size)).map(mapper::toResponse);
    }

    record ReversalRequest(String reason) {
    }

    /** Takes back an order's award after a refund: 201, or 200 when it was reversed already. */
    @PostMapping("/order-awards/{orderRef}/reversal")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'INTEGRATOR')")
    ResponseEntity<AwardResponse> reverse(@PathVariable String orderRef) {
        PointsAwards.Awarded reversed = awards.reverseOrder(orderRef, currentStaff.username());
        return ResponseEntity.status(reversed.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(mapper.toResponse(ledger.post(reversed.award())));
    }

    record RedeemRequest(String rewardCode) {
    }

    /**
     * Redeems a reward; needs an {@code Idempotency-Key}. A repeated request with the same key and
     * reward answers 200 with the first result and {@code Idempotency-Replayed: true}.
     */
    @PostMapping("/members/{customerId}/redemptions")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT', 'INTEGRATOR')")
    ResponseEntity<RedemptionResponse> redeem(@PathVariable String customerId,
                                              @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                              @RequestBody RedeemRequest request) {
        Redemptions.Redeemed redeemed = ledger.redeem(customerId, request.rewardCode(), key,
                currentStaff.username());
        RedemptionResponse body = mapper.toResponse(redeemed.redemption());
        if (!redeemed.created()) {
            return ResponseEntity.ok().header("Idempotency-Replayed", "true").body(body);
        }
        return ResponseEntity.created(URI.create("/api/v1/loyalty/redemptions/" + body.id())).body(body);
    }

    /** Newest first. */
    @GetMapping("/members/{customerId}/redemptions")
    @PreAuthorize("isAuthenticated()")
    ResultPage<RedemptionResponse> redemptions(@PathVariable String customerId,
                                               @RequestParam(required = false) Integer page,
                                               @RequestParam(required = false) Integer size) {
        return redemptions.of(customerId, PageQuery.of(page, size)).map(mapper::toResponse);
    }
}
