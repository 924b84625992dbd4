package dev.crm.loyalty.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.loyalty.api.EarnKind;
import dev.crm.loyalty.api.InsufficientPointsException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the points ledger over random scripts of earnings, redemptions, time passing and
 * expiry passes (DOMAIN.md §3: spend FIFO by expiry, expired points are the unconsumed rest of a
 * lot, the balance is the sum of the entries). Each property replays the script on a real
 * {@link PointsAccount} and keeps its own book of what each lot earned, lost and expired.
 *
 * <p>Property tests on JUnit Jupiter: every seed draws one script, so a failure names the seed that
 * reproduces it (see the README for why this is not jqwik).
 */
class PointsExpiryPropertiesTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final ExpiryPolicy POLICY = new ExpiryPolicy(1, false, ZoneOffset.UTC);

    /** One step of a script. */
    interface Step {
    }

    /** Earn {@code points} into a lot expiring {@code lifeDays} from now (0 = the policy's default). */
    record Earn(long points, int lifeDays) implements Step {
    }

    /** Redeem {@code per-mille} of the available points (more than 1000: more than there is). */
    record Redeem(int perMille) implements Step {
    }

    record Pass(int days) implements Step {
    }

    /** The expiry pass: write off every lot past its expiry. */
    record ExpireAll() implements Step {
    }

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    /** Up to 60 steps: earnings, redemptions (some beyond the balance), days passing, expiry passes. */
    static List<Step> script(long seed) {
        Random random = new Random(seed);
        List<Step> steps = new ArrayList<>();
        int length = random.nextInt(61);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(4)) {
                case 0:
                    steps.add(new Earn(1 + random.nextInt(5_000), random.nextInt(91)));
                    break;
                case 1:
                    steps.add(new Redeem(1 + random.nextInt(1_200)));
                    break;
                case 2:
                    steps.add(new Pass(1 + random.nextInt(40)));
                    break;
                default:
                    steps.add(new ExpireAll());
            }
        }
        return steps;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theBalanceNeverGoesNegativeAndAlwaysEqualsTheSumOfTheEntriesAndOfTheLots(
            long seed) {
        Replay replay = new Replay();
        for (Step step : script(seed)) {
            replay.run(step);
            assertThat(replay.account.balance()).isNotNegative();
            assertThat(replay.account.balance()).isEqualTo(replay.entries.stream().mapToLong(LedgerEntry::points).sum());
            assertThat(replay.account.balance())
                    .isEqualTo(replay.account.lots().stream().mapToLong(PointsLot::remaining).sum());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRedemptionTakesTheLotsThatExpireFirstAndLeavesNoEarlierLotWithPoints(
            long seed) {
        Replay replay = new Replay();
        for (Step step : script(seed)) {
            List<PointsLot> before = replay.spendable();
            LedgerEntry entry = replay.run(step);
            if (!(step instanceof Redeem) || entry == null) {
                continue;
            }
            List<LotMovement> taken = entry.lots();
            // The lots touched are the first ones in FIFO order, every one but the last emptied.
            for (int i = 0; i < taken.size(); i++) {
                PointsLot lot = before.get(i);
                assertThat(taken.get(i).lot()).isEqualTo(lot.lot());
                if (i < taken.size() - 1) {
                    assertThat(-taken.get(i).points()).isEqualTo(lot.remaining());
                } else {
                    assertThat(-taken.get(i).points()).isBetween(1L, lot.remaining());
                }
            }
            assertThat(-entry.points()).isEqualTo(-taken.stream().mapToLong(LotMovement::points).sum());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theExpiredPointsAreTheUnconsumedRemaindersOfTheExpiredLotsAndExpiryIsIdempotent(
            long seed) {
        Replay replay = new Replay();
        for (Step step : script(seed)) {
            if (!(step instanceof ExpireAll)) {
                replay.run(step);
                continue;
            }
            long expected = replay.earned.entrySet().stream()
                    .filter(lot -> !replay.expiry.get(lot.getKey()).isAfter(replay.now))
                    .mapToLong(lot -> lot.getValue() - replay.consumed.getOrDefault(lot.getKey(), 0L)
                            - replay.expired.getOrDefault(lot.getKey(), 0L))
                    .sum();
            long balanceBefore = replay.account.balance();

            long written = replay.expireAll();

            assertThat(written).isEqualTo(expected);
            assertThat(replay.account.balance()).isEqualTo(balanceBefore - expected);
            assertThat(replay.account.expiredAt(replay.now)).isEmpty();
            for (Long lot : replay.earned.keySet()) {
                assertThat(replay.account.expire(lot, replay.now)).as("second write-off of lot %d", lot).isEmpty();
            }
        }
    }

    /** A script replayed on a real account, with an independent book of every lot. */
    private static final class Replay {
        final PointsAccount account = PointsAccount.open("c-1", START);
        final List<LedgerEntry> entries = new ArrayList<>();
        final Map<Long, Long> earned = new HashMap<>();
        final Map<Long, Instant> expiry = new HashMap<>();
        final Map<Long, Long> consumed = new HashMap<>();
        final Map<Long, Long> expired = new HashMap<>();
        Instant now = START;
        int references;

        /** Runs one step; returns the entry it posted, if one. */
        LedgerEntry run(Step step) {
            if (step instanceof Earn) {
                Earn earn = (Earn) step;
                Instant expiresAt = earn.lifeDays() == 0 ? null : now.plus(Duration.ofDays(earn.lifeDays()));
                LedgerEntry entry = post(account.earn(earn.points(), EarnKind.PURCHASE, "o-" + references++,
                        expiresAt, POLICY, null, "test", now));
                LotMovement lot = entry.lots().get(0);
                earned.put(lot.lot(), lot.points());
                expiry.put(lot.lot(), lot.expiresAt());
                return entry;
            }
            if (step instanceof Redeem) {
                long available = account.available(now);
                long points = Math.max(1, available * ((Redeem) step).perMille() / 1000);
                if (points > available) {
                    long balance = account.balance();
                    assertThatThrownBy(() -> account.redeem(points, "v-" + references, null, "test", now))
                            .isInstanceOf(InsufficientPointsException.class);
                    assertThat(account.balance()).isEqualTo(balance);
                    return null;
                }
                LedgerEntry entry = post(account.redeem(points, "v-" + references++, null, "test", now));
                entry.lots().forEach(m -> consumed.merge(m.lot(), -m.points(), Long::sum));
                return entry;
            }
            if (step instanceof Pass) {
                now = now.plus(Duration.ofDays(((Pass) step).days()));
                return null;
            }
            expireAll();
            return null;
        }

        long expireAll() {
            long written = 0;
            for (PointsLot lot : account.expiredAt(now)) {
                LedgerEntry entry = post(account.expire(lot.lot(), now).orElseThrow());
                written -= entry.points();
                expired.merge(lot.lot(), -entry.points(), Long::sum);
            }
            return written;
        }

        List<PointsLot> spendable() {
            return account.lots().stream().filter(lot -> lot.expiresAt().isAfter(now))
                    .sorted(Comparator.comparing(PointsLot::expiresAt).thenComparingLong(PointsLot::lot)).toList();
        }

        private LedgerEntry post(LedgerEntry entry) {
            account.apply(entry);
            entries.add(entry);
            return entry;
        }
    }
}
