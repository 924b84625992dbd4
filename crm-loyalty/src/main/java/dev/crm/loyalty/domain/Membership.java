package dev.crm.loyalty.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lombok.Getter;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A customer's membership of a program: one per customer (the customer id is the document id),
 * their current level, since when they hold it, and the grace period they are in when a review found
 * them short of it. Level changes are decided here, by {@link #review}.
 */
@Getter
@Document("loyalty_memberships")
public class Membership {

    public enum Enrolment { EXPLICIT, AUTOMATIC }

    @Id
    private final String customerId;
    @Indexed
    private final String programId;
    private final Enrolment enrolment;
    private final Instant enrolledAt;
    private final String enrolledBy;
    private String levelCode;
    private Instant qualifiedSince;
    /** Set while the member falls short of their level: they drop to what they qualify for at this instant. */
    private Instant graceUntil;
    private Instant reviewedAt;
    private final List<LevelChange> history;
    @Version
    private Long version;

    @PersistenceCreator
    Membership(String customerId, String programId, Enrolment enrolment, Instant enrolledAt, String enrolledBy,
               String levelCode, Instant qualifiedSince, Instant graceUntil, Instant reviewedAt,
               List<LevelChange> history, Long version) {
        this.customerId = customerId;
        this.programId = programId;
        this.enrolment = enrolment;
        this.enrolledAt = enrolledAt;
        this.enrolledBy = enrolledBy;
        this.levelCode = levelCode;
        this.qualifiedSince = qualifiedSince;
        this.graceUntil = graceUntil;
        this.reviewedAt = reviewedAt;
        this.history = history == null ? new ArrayList<>() : new ArrayList<>(history);
        this.version = version;
    }

    /** A new member, placed at once on the level their figures reach (an upgrade is never delayed). */
    public static Membership enrol(String customerId, LoyaltyProgram program, Enrolment enrolment,
                                   Qualification qualification, String by, Instant at) {
        Membership member = new Membership(customerId, program.getId(), enrolment, at, by, null, null, null, null,
                List.of(), null);
        member.review(program.ladder(), qualification, program.getDowngrade(), at);
        return member;
    }

    /**
     * Re-evaluates the level: a member who qualifies higher moves up at once; one who qualifies for
     * their level stays (and leaves any grace period); one who falls short enters a grace period and
     * drops — straight to the level they then qualify for — only when a review finds them still short
     * after it ended.
     *
     * @return the change made, if any
     */
    public Optional<LevelChange> review(MembershipLadder ladder, Qualification qualification, DowngradeRule downgrade,
                                        Instant at) {
        reviewedAt = at;
        Optional<MembershipLevel> current = ladder.level(levelCode);
        Optional<MembershipLevel> earned = ladder.levelFor(qualification.points(), qualification.spend());
        int currentRank = current.map(MembershipLevel::rank).orElse(0);
        int earnedRank = earned.map(MembershipLevel::rank).orElse(0);
        if (current.isEmpty() && levelCode != null) {
            // The level was removed from the program: place the member afresh.
            return Optional.of(move(earned.map(MembershipLevel::code).orElse(null), at, "level no longer offered"));
        }
        if (earnedRank > currentRank) {
            return Optional.of(move(earned.get().code(), at, "qualified"));
        }
        if (earnedRank == currentRank) {
            graceUntil = null;
            return Optional.empty();
        }
        if (graceUntil == null) {
            graceUntil = at.plus(Duration.ofDays(downgrade.graceDays()));
        }
        if (!at.isBefore(graceUntil)) {
            return Optional.of(move(earned.map(MembershipLevel::code).orElse(null), at,
                    "below the level's threshold after the grace period"));
        }
        return Optional.empty();
    }

    private LevelChange move(String to, Instant at, String reason) {
        LevelChange change = new LevelChange(levelCode, to, at, reason);
        history.add(change);
        levelCode = to;
        qualifiedSince = to == null ? null : at;
        graceUntil = null;
        return change;
    }

    public boolean isIn(String program) {
        return Objects.equals(programId, program);
    }

    public List<LevelChange> getHistory() {
        return List.copyOf(history);
    }
}
