package dev.crm.loyalty.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The result of one ledger check: how many accounts and entries it proved, and each account whose
 * stored state differs from its ledger (the first {@code crm.loyalty.points.max-mismatches}; all are
 * counted in {@code mismatchCount}).
 */
@Document("loyalty_ledger_checks")
public record LedgerCheckResult(@Id String id, @Indexed Instant startedAt, Instant finishedAt, long accountsChecked,
                                long entriesChecked, long mismatchCount, List<Mismatch> mismatches) {

    public record Mismatch(String customerId, Long accountBalance, long ledgerBalance, List<String> problems) {
    }

    public boolean consistent() {
        return mismatchCount == 0;
    }
}
