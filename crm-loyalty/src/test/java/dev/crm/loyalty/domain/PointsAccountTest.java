package dev.crm.loyalty.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import dev.crm.loyalty.api.EarnKind;
import dev.crm.loyalty.api.EntryType;
import dev.crm.loyalty.api.InsufficientPointsException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PointsAccountTest {

    private static final Instant NOW = Instant.parse("2026-05-10T08:00:00Z");
    private static final ExpiryPolicy POLICY = new ExpiryPolicy(24, true, ZoneOffset.UTC);
    private static final Instant SOON = Instant.parse("2026-07-01T00:00:00Z");
    private static final Instant LATER = Instant.parse("2027-01-01T00:00:00Z");

    private final PointsAccount account = PointsAccount.open("c-1", NOW);

    private LedgerEntry post(LedgerEntry entry) {
        account.apply(entry);
        return entry;
    }

    private LedgerEntry earn(long points, String ref, Instant expiresAt) {
        return post(account.earn(points, EarnKind.PURCHASE, ref, expiresAt, POLICY, null, "sup", NOW));
    }

    @Test
    void aRedemptionSpendsTheLotsThatExpireFirstWhateverTheOrderTheyWereEarnedIn() {
        earn(100, "late", LATER);
        earn(50, "soon", SOON);
        earn(30, "default", null);

        LedgerEntry redeem = post(account.redeem(120, "voucher-1", null, "agent", NOW));

        assertThat(redeem.type()).isEqualTo(EntryType.REDEEM);
        assertThat(redeem.points()).isEqualTo(-120);
        assertThat(redeem.balanceAfter()).isEqualTo(60);
        assertThat(redeem.lots()).containsExactly(new LotMovement(2, -50, SOON), new LotMovement(1, -70, LATER));
        assertThat(account.lots()).containsExactly(new PointsLot(1, 30, LATER),
                new PointsLot(3, 30, POLICY.expiryOf(NOW)));
        assertThat(account.balance()).isEqualTo(60);
        assertThat(account.lastSequence()).isEqualTo(4);
    }

    @Test
    void aRedemptionBeyondTheAvailablePointsIsRefusedWithTheAvailableBalance() {
        earn(100, "o-1", null);
        assertThatThrownBy(() -> account.redeem(101, "v", null, "agent", NOW))
                .isInstanceOfSatisfying(InsufficientPointsException.class, e -> {
                    assertThat(e.available()).isEqualTo(100);
                    assertThat(e.requested()).isEqualTo(101);
                });
        assertThat(account.balance()).isEqualTo(100);
    }

    @Test
    void pointsPastTheirExpiryCannotBeSpentEvenBeforeTheJobWritesThemOff() {
        earn(40, "old", SOON);
        earn(10, "new", LATER);
        Instant afterSoon = SOON.plusSeconds(1);

        assertThat(account.available(afterSoon)).isEqualTo(10);
        assertThatThrownBy(() -> account.redeem(20, "v", null, "agent", afterSoon))
                .isInstanceOfSatisfying(InsufficientPointsException.class, e -> assertThat(e.available()).isEqualTo(10));
    }

    @Test
    void expiryWritesOffWhatIsLeftOfALotOnceAndOnlyAfterItsExpiry() {
        earn(100, "o-1", SOON);
        post(account.redeem(30, "v", null, "agent", NOW));

        assertThat(account.expire(1, SOON.minusMillis(1))).isEmpty();
        LedgerEntry expiry = post(account.expire(1, SOON).orElseThrow());

        assertThat(expiry.type()).isEqualTo(EntryType.EXPIRY);
        assertThat(expiry.points()).isEqualTo(-70);
        assertThat(expiry.sourceRef()).isEqualTo("expiry:c-1:1");
        assertThat(account.balance()).isZero();
        assertThat(account.lots()).isEmpty();
        assertThat(account.expire(1, SOON)).isEmpty();
    }

    @Test
    void reversingAnUnspentEarnTakesBackItsOwnLot() {
        earn(50, "other", SOON);
        LedgerEntry earn = earn(100, "order-7", LATER);

        LedgerEntry reversal = post(account.reverse(earn, Set.of(), "refund", "sup", NOW));

        assertThat(reversal.type()).isEqualTo(EntryType.REVERSAL);
        assertThat(reversal.points()).isEqualTo(-100);
        assertThat(reversal.reverses()).isEqualTo(earn.id());
        assertThat(reversal.sourceRef()).isEqualTo("reversal:" + earn.id());
        assertThat(reversal.lots()).containsExactly(new LotMovement(2, -100, LATER));
        assertThat(reversal.shortfall()).isZero();
        assertThat(account.lots()).containsExactly(new PointsLot(1, 50, SOON));
    }

    @Test
    void reversingASpentEarnTakesWhatIsLeftThenOtherLotsAndRecordsTheShortfallNeverGoingNegative() {
        LedgerEntry earn = earn(100, "order-7", LATER);
        post(account.redeem(90, "v", null, "agent", NOW));
        earn(30, "order-8", SOON);

        LedgerEntry reversal = post(account.reverse(earn, Set.of(), "refund", "sup", NOW));

        assertThat(reversal.lots()).containsExactly(new LotMovement(1, -10, LATER), new LotMovement(3, -30, SOON));
        assertThat(reversal.points()).isEqualTo(-40);
        assertThat(reversal.shortfall()).isEqualTo(60);
        assertThat(account.balance()).isZero();
    }

    @Test
    void cancellingARedemptionRestoresTheLotsItConsumedWithTheirOriginalExpiry() {
        earn(50, "a", SOON);
        earn(100, "b", LATER);
        LedgerEntry redeem = post(account.redeem(80, "v", null, "agent", NOW));
        assertThat(account.lots()).containsExactly(new PointsLot(2, 70, LATER));

        LedgerEntry cancel = post(account.reverse(redeem, Set.of(), "order cancelled", "sup", NOW));

        assertThat(cancel.type()).isEqualTo(EntryType.REDEMPTION_CANCELLED);
        assertThat(cancel.points()).isEqualTo(80);
        assertThat(account.lots()).containsExactly(new PointsLot(1, 50, SOON), new PointsLot(2, 100, LATER));
        assertThat(account.balance()).isEqualTo(150);
    }

    @Test
    void aCancelledRedemptionForfeitsThePortionsWhoseLotExpiredMeanwhile() {
        earn(50, "a", SOON);
        earn(100, "b", LATER);
        LedgerEntry redeem = post(account.redeem(80, "v", null, "agent", NOW));

        Instant afterSoon = SOON.plusSeconds(60);
        LedgerEntry cancel = post(account.reverse(redeem, Set.of(), null, "sup", afterSoon));
        assertThat(cancel.points()).isEqualTo(30);
        assertThat(cancel.forfeited()).isEqualTo(50);
        assertThat(account.lots()).containsExactly(new PointsLot(2, 100, LATER));

        LedgerEntry again = account.reverse(redeem, Set.of(2L), null, "sup", NOW);
        assertThat(again.points()).as("a lot with an EXPIRY entry takes nothing back").isEqualTo(50);
        assertThat(again.forfeited()).isEqualTo(30);
    }

    @Test
    void expiriesAndReversalsCannotBeReversed() {
        earn(100, "o", SOON);
        LedgerEntry expiry = post(account.expire(1, SOON).orElseThrow());
        assertThatThrownBy(() -> account.reverse(expiry, Set.of(), null, "sup", SOON))
                .isInstanceOf(BusinessRuleViolationException.class)
                .hasMessageContaining("EXPIRY");
    }

    @Test
    void negativeAdjustmentsSpendFifoAndPositiveOnesOpenALotWithThePolicysExpiry() {
        earn(10, "a", SOON);
        LedgerEntry credit = post(account.adjust(25, "fix-1", POLICY, "migration", "sup", NOW));
        assertThat(credit.expiresAt()).isEqualTo(POLICY.expiryOf(NOW));
        LedgerEntry debit = post(account.adjust(-20, "fix-2", POLICY, "double earn", "sup", NOW));
        assertThat(debit.lots()).containsExactly(new LotMovement(1, -10, SOON),
                new LotMovement(2, -10, POLICY.expiryOf(NOW)));
        assertThatThrownBy(() -> account.adjust(-16, "fix-3", POLICY, "too much", "sup", NOW))
                .isInstanceOf(InsufficientPointsException.class);
    }

    @Test
    void badInputIsNamedFieldByField() {
        assertThatThrownBy(() -> account.earn(0, null, "expiry:x", NOW.minusSeconds(1), POLICY, null, "sup", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("points", "kind", "sourceRef", "expiresAt"));
        assertThatThrownBy(() -> account.adjust(0, " ", POLICY, null, "sup", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("points", "sourceRef", "reason"));
        assertThatThrownBy(() -> account.redeem(-5, "v", null, "agent", NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anEntryOutOfSequenceOrThatDoesNotBalanceIsRefused() {
        LedgerEntry first = account.earn(10, EarnKind.WELCOME, "w", null, POLICY, null, "sup", NOW);
        account.apply(first);
        assertThatThrownBy(() -> account.apply(first)).isInstanceOf(IllegalStateException.class);
        LedgerEntry forged = new LedgerEntry("x", "c-1", 2, EntryType.REDEEM, null, -20, -10, "f", null, null,
                java.util.List.of(new LotMovement(1, -20, first.expiresAt())), 0, 0, null, "x", NOW);
        assertThatThrownBy(() -> account.apply(forged)).isInstanceOf(IllegalStateException.class);
        assertThat(account.balance()).isEqualTo(10);
    }
}
