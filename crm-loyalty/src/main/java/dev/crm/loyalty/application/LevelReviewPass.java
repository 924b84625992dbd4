package dev.crm.loyalty.application;

import dev.crm.loyalty.domain.LoyaltyProgram;
import dev.crm.loyalty.domain.Membership;
import dev.crm.loyalty.persistence.LoyaltyLeases;
import dev.crm.loyalty.persistence.MembershipRepository;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;

/**
 * Re-evaluates every member's level at an instant: upgrades at once, downgrades after the program's
 * grace period (DOMAIN.md §3, decided by {@link Membership#review}). One node at a time holds the
 * pass (a lease in {@code loyalty_leases}); a membership changed meanwhile fails its version check
 * and waits for the next pass. Reviewing twice at one instant changes nothing the second time.
 */
@Service
public class LevelReviewPass {

    private static final Logger log = LoggerFactory.getLogger(LevelReviewPass.class);
    static final String JOB = "level-review";

    private final MembershipRepository memberships;
    private final Memberships members;
    private final LoyaltyPrograms programs;
    private final LoyaltyLeases leases;
    private final LoyaltyProperties.LevelReview properties;

    LevelReviewPass(MembershipRepository memberships, Memberships members, LoyaltyPrograms programs,
                    MongoOperations mongo, LoyaltyProperties properties) {
        this.memberships = memberships;
        this.members = members;
        this.programs = programs;
        this.leases = new LoyaltyLeases(mongo, JOB);
        this.properties = properties.levelReview();
    }

    /** What one pass did; {@code ran} is false when another node held it. */
    public record Outcome(boolean ran, int reviewed, int changed) {
    }

    public Outcome run(Instant now) {
        if (!leases.claim(JOB, now, now.plus(properties.lease()))) {
            return new Outcome(false, 0, 0);
        }
        int reviewed = 0;
        int changed = 0;
        Map<String, Optional<LoyaltyProgram>> programCache = new HashMap<>();
        try {
            // Pages in id order: a member enrolled during the pass may be missed and is reviewed by
            // the next one (enrolment places them on their level anyway). Ids that look like ObjectIds
            // are stored as such, so a "greater than the last id" cursor over strings would match none.
            for (int page = 0; ; page++) {
                List<Membership> batch = memberships.findAll(PageRequest.of(page, properties.batch(),
                        Sort.by("_id"))).getContent();
                for (Membership member : batch) {
                    Optional<LoyaltyProgram> program = programCache.computeIfAbsent(member.getProgramId(),
                            programs::find);
                    if (program.isEmpty()) {
                        continue;
                    }
                    try {
                        if (members.review(member, program.get(), now).isPresent()) {
                            changed++;
                        }
                        reviewed++;
                    } catch (OptimisticLockingFailureException changedMeanwhile) {
                        log.debug("Membership {} changed during its review; the next pass reviews it",
                                member.getCustomerId());
                    }
                }
                if (batch.size() < properties.batch() || !leases.extend(JOB, now.plus(properties.lease()))) {
                    break;
                }
            }
        } finally {
            leases.release(JOB);
        }
        return new Outcome(true, reviewed, changed);
    }
}
