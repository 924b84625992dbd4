package dev.crm.loyalty.domain;

import static dev.crm.loyalty.domain.Programs.aProgram;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MembershipReviewTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);
    private final LoyaltyProgram program = aProgram().withGraceDays(30).build();

    @Test
    void aNewMemberIsPlacedOnTheLevelTheirFiguresReach() {
        Membership member = enrol(points(1_200));

        assertThat(member.getLevelCode()).isEqualTo("SILVER");
        assertThat(member.getQualifiedSince()).isEqualTo(clock.instant());
        assertThat(member.getHistory()).extracting(LevelChange::toLevel).containsExactly("SILVER");
    }

    @Test
    void anUpgradeHappensAtTheFirstReviewThatQualifies() {
        Membership member = enrol(points(0));
        Instant later = clock.instant().plus(Duration.ofDays(3));

        assertThat(member.review(program.ladder(), new Qualification(10, new BigDecimal("20000")),
                program.getDowngrade(), later)).map(LevelChange::toLevel).contains("GOLD");
        assertThat(member.getLevelCode()).isEqualTo("GOLD");
        assertThat(member.getQualifiedSince()).isEqualTo(later);
    }

    @Test
    void aMemberWhoFallsShortKeepsTheLevelUntilTheGracePeriodEnds() {
        Membership member = enrol(points(6_000));
        Instant firstShort = clock.instant().plus(Duration.ofDays(400));

        assertThat(member.review(program.ladder(), points(1_500), program.getDowngrade(), firstShort)).isEmpty();
        assertThat(member.getLevelCode()).isEqualTo("GOLD");
        assertThat(member.getGraceUntil()).isEqualTo(firstShort.plus(Duration.ofDays(30)));

        Instant justBefore = firstShort.plus(Duration.ofDays(30)).minusSeconds(1);
        assertThat(member.review(program.ladder(), points(1_500), program.getDowngrade(), justBefore)).isEmpty();
        assertThat(member.getLevelCode()).isEqualTo("GOLD");

        Instant graceOver = firstShort.plus(Duration.ofDays(30));
        assertThat(member.review(program.ladder(), points(1_500), program.getDowngrade(), graceOver))
                .hasValueSatisfying(change -> {
                    assertThat(change.fromLevel()).isEqualTo("GOLD");
                    assertThat(change.toLevel()).isEqualTo("SILVER");
                });
        assertThat(member.getGraceUntil()).isNull();
        assertThat(member.getQualifiedSince()).isEqualTo(graceOver);
    }

    @Test
    void qualifyingAgainDuringGraceEndsIt() {
        Membership member = enrol(points(6_000));
        Instant firstShort = clock.instant().plus(Duration.ofDays(400));
        member.review(program.ladder(), points(100), program.getDowngrade(), firstShort);

        member.review(program.ladder(), points(5_000), program.getDowngrade(), firstShort.plus(Duration.ofDays(10)));
        Instant afterOldGrace = firstShort.plus(Duration.ofDays(31));
        member.review(program.ladder(), points(100), program.getDowngrade(), afterOldGrace);

        assertThat(member.getLevelCode()).isEqualTo("GOLD");
        assertThat(member.getGraceUntil()).isEqualTo(afterOldGrace.plus(Duration.ofDays(30)));
    }

    @Test
    void withoutGraceAMemberDropsAtTheReviewThatFindsThemShort() {
        LoyaltyProgram strict = aProgram().withGraceDays(0).build();
        Membership member = Membership.enrol("c1", strict, Membership.Enrolment.EXPLICIT, points(6_000), "agent",
                clock.instant());

        assertThat(member.review(strict.ladder(), points(10), strict.getDowngrade(), clock.instant().plusSeconds(60)))
                .map(LevelChange::toLevel).contains("MEMBER");
    }

    @Test
    void theRollingWindowEndsAtTheReviewInstant() {
        assertThat(program.windowStart(Instant.parse("2026-03-15T10:00:00Z")))
                .isEqualTo(Instant.parse("2025-03-15T10:00:00Z"));
    }

    private Membership enrol(Qualification qualification) {
        return Membership.enrol("c1", program, Membership.Enrolment.EXPLICIT, qualification, "agent", clock.instant());
    }

    private static Qualification points(long points) {
        return new Qualification(points, BigDecimal.ZERO);
    }
}
