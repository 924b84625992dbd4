package dev.crm.loyalty.application;

import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.DuplicateRecordException;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.ResultPage;
import dev.crm.customer.api.CustomerDirectory;
import dev.crm.customer.api.CustomerId;
import dev.crm.customer.api.OrderFeed;
import dev.crm.loyalty.api.MemberBenefits;
import dev.crm.loyalty.domain.LevelChange;
import dev.crm.loyalty.domain.LoyaltyProgram;
import dev.crm.loyalty.domain.Membership;
import dev.crm.loyalty.domain.MembershipLevel;
import dev.crm.loyalty.domain.Qualification;
import dev.crm.loyalty.persistence.LoyaltyFigures;
import dev.crm.loyalty.persistence.MembershipRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** Enrolment, level reviews and the benefits other modules ask about. */
@Service
public class Memberships implements MemberBenefits {

    private final MembershipRepository memberships;
    private final LoyaltyPrograms programs;
    private final CustomerDirectory customers;
    private final OrderFeed orders;
    private final LoyaltyFigures figures;
    private final PointsAwards awards;
    private final AuditLog auditLog;
    private final Clock clock;

    Memberships(MembershipRepository memberships, LoyaltyPrograms programs, CustomerDirectory customers,
                OrderFeed orders, LoyaltyFigures figures, PointsAwards awards, AuditLog auditLog, Clock clock) {
        this.memberships = memberships;
        this.programs = programs;
        this.customers = customers;
        this.orders = orders;
        this.figures = figures;
        this.awards = awards;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A membership and whether this call created it (false: the customer was already a member). */
    public record Enrolled(Membership membership, boolean created) {
    }

    /**
     * Enrols a known customer. Enrolling again in the same program returns the membership (a retried
     * call is harmless); a member of another program is refused (409): one membership per customer.
     */
    public Enrolled enrol(String programId, String customerId, String by) {
        LoyaltyProgram program = programs.get(programId);
        if (customerId == null || customerId.isBlank() || customers.find(new CustomerId(customerId)).isEmpty()) {
            throw new RecordNotFoundException("customer", String.valueOf(customerId));
        }
        return enrol(program, customerId, Membership.Enrolment.EXPLICIT, by, clock.instant());
    }

    /** On a customer's first order, when a program enrols automatically; empty when none does. */
    public Optional<Membership> memberOrEnrolAutomatically(String customerId, Instant at) {
        Optional<Membership> existing = memberships.findById(customerId);
        if (existing.isPresent()) {
            return existing;
        }
        return programs.automatic()
                .map(program -> enrol(program, customerId, Membership.Enrolment.AUTOMATIC, "loyalty:auto", at)
                        .membership());
    }

    private Enrolled enrol(LoyaltyProgram program, String customerId, Membership.Enrolment how, String by,
                           Instant at) {
        Optional<Membership> existing = memberships.findById(customerId);
        if (existing.isPresent()) {
            return sameProgram(existing.get(), program);
        }
        Membership member = Membership.enrol(customerId, program, how, qualificationOf(program, customerId, at),
                by, at);
        try {
            member = memberships.insert(member);
        } catch (DuplicateKeyException raced) {
            return sameProgram(memberships.findById(customerId).orElseThrow(() -> raced), program);
        }
        auditLog.record(new AuditEvent(by, "loyalty.member-enrolled", "Membership", customerId,
                Map.of("program", program.getId(), "enrolment", how.name())));
        awards.welcome(program, customerId, by, at);
        return new Enrolled(member, true);
    }

    private static Enrolled sameProgram(Membership member, LoyaltyProgram program) {
        if (!member.isIn(program.getId())) {
            throw new DuplicateRecordException("membership", "customerId", member.getCustomerId()
                    + " (a member of program " + member.getProgramId() + ")");
        }
        return new Enrolled(member, false);
    }

    public Qualification qualificationOf(LoyaltyProgram program, String customerId, Instant at) {
        Instant from = program.windowStart(at);
        return new Qualification(figures.pointsAwarded(customerId, from, at),
                orders.spendOf(new CustomerId(customerId), program.getCurrency(), from, at));
    }

    /**
     * Reviews one member's level at {@code at}; a concurrent change to the membership is left to
     * the next review (its version check refuses this save).
     */
    public Optional<LevelChange> review(Membership member, LoyaltyProgram program, Instant at) {
        Optional<LevelChange> change = member.review(program.ladder(), qualificationOf(program,
                member.getCustomerId(), at), program.getDowngrade(), at);
        memberships.save(member);
        change.ifPresent(moved -> auditLog.record(new AuditEvent("loyalty:level-review", "loyalty.level-changed",
                "Membership", member.getCustomerId(), Map.of("from", String.valueOf(moved.fromLevel()),
                        "to", String.valueOf(moved.toLevel())))));
        return change;
    }

    public Membership get(String customerId) {
        return memberships.findById(customerId)
                .orElseThrow(() -> new RecordNotFoundException("membership", customerId));
    }

    public Optional<Membership> find(String customerId) {
        return memberships.findById(customerId);
    }

    public ResultPage<Membership> membersOf(String programId, PageQuery page) {
        programs.get(programId);
        var found = memberships.findByProgramId(programId, PageRequest.of(page.page(), page.size(),
                Sort.by("_id")));
        return new ResultPage<>(found.getContent(), page.page(), page.size(), found.getTotalElements());
    }

    @Override
    public Optional<Benefits> of(CustomerId customer) {
        return memberships.findById(customer.value()).flatMap(member -> programs.find(member.getProgramId())
                .flatMap(program -> program.ladder().level(member.getLevelCode())
                        .map(level -> benefits(program, level))));
    }

    private static Benefits benefits(LoyaltyProgram program, MembershipLevel level) {
        return new Benefits(program.getId(), level.code(), level.name(), level.rank(), level.earnMultiplier(),
                level.priorityService(), level.discountPercent());
    }
}
