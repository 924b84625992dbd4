package dev.crm.loyalty.application;

import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.BusinessTimeZone;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.ResultPage;
import dev.crm.customer.api.OrderFeed.FeedOrder;
import dev.crm.loyalty.domain.AwardKind;
import dev.crm.loyalty.domain.EarnRule;
import dev.crm.loyalty.domain.EarnRuleKind;
import dev.crm.loyalty.domain.LoyaltyProgram;
import dev.crm.loyalty.domain.Membership;
import dev.crm.loyalty.domain.PointsAward;
import dev.crm.loyalty.persistence.Counters;
import dev.crm.loyalty.persistence.MembershipRepository;
import dev.crm.loyalty.persistence.PointsAwardRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * Decides points awards by the member's program's earn rules and records each as a work item in
 * {@code loyalty_awards} for the points ledger (which credits PENDING awards and marks them posted).
 * Every award has a unique source reference, so recording it again — a re-run pass, a second node,
 * a retried request — finds the first one.
 */
@Service
public class PointsAwards {

    public static final int MAX_REFERENCE = 100;

    private final PointsAwardRepository awards;
    private final MembershipRepository memberships;
    private final LoyaltyPrograms programs;
    private final Counters counters;
    private final AuditLog auditLog;
    private final Clock clock;
    private final BusinessTimeZone zone;

    PointsAwards(PointsAwardRepository awards, MembershipRepository memberships, LoyaltyPrograms programs,
                 Counters counters, AuditLog auditLog, Clock clock, BusinessTimeZone zone) {
        this.awards = awards;
        this.memberships = memberships;
        this.programs = programs;
        this.counters = counters;
        this.auditLog = auditLog;
        this.clock = clock;
        this.zone = zone;
    }

    /** An award and whether this call recorded it (false: it was there already). */
    public record Awarded(PointsAward award, boolean created) {
    }

    /**
     * A referral, activity participation, birthday or welcome award for a member, priced by their
     * program's rule for that kind. The reference names the occasion (the referred customer, the
     * activity, the birthday's year): the same kind and reference for the same member is one award.
     */
    public Awarded award(String customerId, AwardKind kind, String reference, String by) {
        List<FieldViolation> faults = new java.util.ArrayList<>();
        if (kind == null || kind == AwardKind.ORDER || kind == AwardKind.REVERSAL) {
            faults.add(new FieldViolation("kind", "must be REFERRAL, ACTIVITY, BIRTHDAY or WELCOME"));
        }
        String ref = reference == null ? null : reference.strip();
        if (ref == null || ref.isEmpty() || ref.length() > MAX_REFERENCE) {
            faults.add(new FieldViolation("reference", "must be 1-" + MAX_REFERENCE + " characters"));
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        Membership member = memberships.findById(customerId)
                .orElseThrow(() -> new RecordNotFoundException("membership", customerId));
        LoyaltyProgram program = programs.get(member.getProgramId());
        EarnRule rule = program.fixedRule(kind.ruleKind()).orElseThrow(() -> new BusinessRuleViolationException(
                "Program " + program.getId() + " has no " + kind + " earn rule",
                List.of(new FieldViolation("kind", "the member's program does not award " + kind))));
        String sourceRef = kind.name().toLowerCase(Locale.ROOT) + ":" + customerId + ":" + ref;
        Instant now = clock.instant();
        return record(program, member, kind, rule, BigDecimal.ZERO, sourceRef, now, by, now);
    }

    /** The welcome award on enrolment, when the program has a WELCOME rule. */
    void welcome(LoyaltyProgram program, String customerId, String by, Instant at) {
        program.fixedRule(EarnRuleKind.WELCOME).ifPresent(rule -> memberships.findById(customerId).ifPresent(member ->
                record(program, member, AwardKind.WELCOME, rule, BigDecimal.ZERO, "welcome:" + customerId, at, by,
                        at)));
    }

    /**
     * The award for one order: by the program's matching PER_CURRENCY_UNIT rule, at the member's
     * level multiplier, within the rule's cap. Orders in another currency than the program's, or
     * that no rule matches, earn nothing (and leave no award).
     */
    public Optional<Awarded> forOrder(FeedOrder order, Membership member, LoyaltyProgram program, Instant at) {
        if (!program.getCurrency().equals(order.currency())) {
            return Optional.empty();
        }
        String sourceRef = "order:" + order.orderRef();
        Optional<PointsAward> existing = awards.findBySourceRef(sourceRef);
        if (existing.isPresent()) {
            return Optional.of(new Awarded(existing.get(), false));
        }
        return program.orderRuleFor(order.productCategory(), order.channel())
                .map(rule -> record(program, member, AwardKind.ORDER, rule, order.amount(), sourceRef,
                        order.orderedAt(), "loyalty:order-earning", at));
    }

    private Awarded record(LoyaltyProgram program, Membership member, AwardKind kind, EarnRule rule,
                           BigDecimal amount, String sourceRef, Instant earnedAt, String by, Instant at) {
        Optional<PointsAward> existing = awards.findBySourceRef(sourceRef);
        if (existing.isPresent()) {
            return new Awarded(existing.get(), false);
        }
        long uncapped = rule.pointsFor(amount, program.multiplierOf(member.getLevelCode()));
        String periodKey = null;
        String capKey = null;
        long points = uncapped;
        if (rule.cap() != null) {
            periodKey = rule.cap().period().keyOf(earnedAt, zone.zone());
            capKey = program.getId() + " " + rule.code() + " " + member.getCustomerId() + " " + periodKey;
            points = counters.takeCapRoom(capKey, uncapped, rule.cap().points());
        }
        PointsAward award = PointsAward.earned(member.getCustomerId(), program.getId(), kind, rule.code(), points,
                uncapped, sourceRef, periodKey, earnedAt, by, at);
        try {
            PointsAward saved = awards.insert(award);
            auditLog.record(new AuditEvent(by, "loyalty.points-awarded", "PointsAward", saved.getId(),
                    Map.of("customer", saved.getCustomerId(), "points", String.valueOf(saved.getPoints()),
                            "source", sourceRef)));
            return new Awarded(saved, true);
        } catch (DuplicateKeyException raced) {
            // Another writer recorded this source first: give the cap room back and answer with theirs.
            if (capKey != null) {
                counters.returnCapRoom(capKey, points);
            }
            return new Awarded(awards.findBySourceRef(sourceRef).orElseThrow(() -> raced), false);
        }
    }

    /**
     * Takes back an order's award (a refund: the order model has no refund records, so the caller
     * says which order). Reversing twice is one reversal. The cap room the order used is not
     * given back: a refunded order does not reopen the period's allowance.
     */
    public Awarded reverseOrder(String orderRef, String by) {
        PointsAward original = awards.findBySourceRef("order:" + orderRef)
                .orElseThrow(() -> new RecordNotFoundException("order award", orderRef));
        PointsAward reversal = original.reversal(by, clock.instant());
        Optional<PointsAward> existing = awards.findBySourceRef(reversal.getSourceRef());
        if (existing.isPresent()) {
            return new Awarded(existing.get(), false);
        }
        try {
            PointsAward saved = awards.insert(reversal);
            auditLog.record(new AuditEvent(by, "loyalty.points-reversed", "PointsAward", saved.getId(),
                    Map.of("reverses", original.getId(), "points", String.valueOf(saved.getPoints()))));
            return new Awarded(saved, true);
        } catch (DuplicateKeyException raced) {
            return new Awarded(awards.findBySourceRef(reversal.getSourceRef()).orElseThrow(() -> raced), false);
        }
    }

    /** For the ledger connection: the award was credited (or, for a reversal, debited). */
    public PointsAward posted(String awardId) {
        PointsAward award = get(awardId);
        award.posted(clock.instant());
        return awards.save(award);
    }

    public PointsAward get(String awardId) {
        return awards.findById(awardId).orElseThrow(() -> new RecordNotFoundException("points award", awardId));
    }

    /** The work queue of the ledger connection, oldest first. */
    public ResultPage<PointsAward> pending(PageQuery page) {
        var found = awards.findByStatus(PointsAward.Status.PENDING, PageRequest.of(page.page(), page.size(),
                Sort.by("recordedAt").and(Sort.by("_id"))));
        return new ResultPage<>(found.getContent(), page.page(), page.size(), found.getTotalElements());
    }

    public ResultPage<PointsAward> awardsOf(String customerId, PageQuery page) {
        var found = awards.findByCustomerId(customerId, PageRequest.of(page.page(), page.size(),
                Sort.by(Sort.Direction.DESC, "recordedAt").and(Sort.by("_id"))));
        return new ResultPage<>(found.getContent(), page.page(), page.size(), found.getTotalElements());
    }
}
