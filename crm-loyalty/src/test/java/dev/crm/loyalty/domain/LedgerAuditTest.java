package dev.crm.loyalty.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.loyalty.api.EarnKind;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerAuditTest {

    private static final Instant NOW = Instant.parse("2026-05-10T08:00:00Z");
    private static final ExpiryPolicy POLICY = new ExpiryPolicy(24, true, ZoneOffset.UTC);

    private final PointsAccount account = PointsAccount.open("c-9", NOW);
    private final List<LedgerEntry> ledger = new ArrayList<>();

    private void post(LedgerEntry entry) {
        account.apply(entry);
        ledger.add(entry);
    }

    @Test
    void anAccountThatFollowsItsLedgerIsConsistent() {
        post(account.earn(100, EarnKind.PURCHASE, "o-1", null, POLICY, null, "sup", NOW));
        post(account.redeem(40, "v-1", null, "agent", NOW));

        LedgerAudit.Outcome outcome = LedgerAudit.check("c-9", ledger, account);

        assertThat(outcome.consistent()).isTrue();
        assertThat(outcome.ledgerBalance()).isEqualTo(60);
    }

    @Test
    void aMissingEntryAndAnAccountWithoutLedgerAreReported() {
        post(account.earn(100, EarnKind.PURCHASE, "o-1", null, POLICY, null, "sup", NOW));
        post(account.redeem(40, "v-1", null, "agent", NOW));

        LedgerAudit.Outcome gap = LedgerAudit.check("c-9", List.of(ledger.get(1)), account);
        LedgerAudit.Outcome noLedger = LedgerAudit.check("c-9", List.of(), account);

        assertThat(gap.problems()).anyMatch(p -> p.contains("sequence 2 follows 0"));
        assertThat(noLedger.problems()).anyMatch(p -> p.contains("account balance 60, ledger balance 0"));
    }
}
