package dev.crm.app.loyalty;

import static dev.crm.app.loyalty.PointsLedgerApiTest.balance;
import static dev.crm.app.loyalty.PointsLedgerApiTest.withExpiry;
import static dev.crm.app.loyalty.PointsRequests.earn;
import static dev.crm.app.loyalty.PointsRequests.newCustomer;
import static dev.crm.app.loyalty.PointsRequests.posted;
import static dev.crm.app.loyalty.PointsRequests.redeem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.Role;
import dev.crm.loyalty.api.EarnKind;
import dev.crm.loyalty.application.PointsExpiryPass;
import dev.crm.loyalty.domain.ExpiryPolicy;
import dev.crm.loyalty.domain.LedgerEntry;
import dev.crm.loyalty.domain.PointsAccount;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/** The expiry pass and the ledger check, run at chosen instants. */
class PointsJobsTest extends ApiIntegrationTest {

    @Autowired
    PointsExpiryPass expiryPass;

    @Autowired
    MongoOperations mongo;

    @Test
    void theExpiryPassWritesOffEachExpiredLotOnceHoweverOftenItRuns() throws Exception {
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        String customer = newCustomer(asAdmin());
        Instant now = Instant.now();
        posted(supervisor, customer, withExpiry(earn(100, null), now.plus(1, ChronoUnit.DAYS)));
        posted(supervisor, customer, withExpiry(earn(40, null), now.plus(2, ChronoUnit.DAYS)));
        posted(supervisor, customer, earn(25, null));
        posted(supervisor, customer, redeem(30, null));
        Instant later = now.plus(3, ChronoUnit.DAYS);

        // Two passes at once (as two nodes would), then one more.
        CompletableFuture<PointsExpiryPass.Report> a = CompletableFuture.supplyAsync(() -> expiryPass.run(later));
        CompletableFuture<PointsExpiryPass.Report> b = CompletableFuture.supplyAsync(() -> expiryPass.run(later));
        a.get();
        b.get();
        expiryPass.run(later);

        List<LedgerEntry> expiries = mongo.find(Query.query(where("customerId").is(customer).and("type").is("EXPIRY")),
                LedgerEntry.class);
        assertThat(expiries).extracting(LedgerEntry::sourceRef)
                .containsExactlyInAnyOrder("expiry:" + customer + ":1", "expiry:" + customer + ":2");
        assertThat(expiries).extracting(LedgerEntry::points).containsExactlyInAnyOrder(-70L, -40L);
        assertThat(balance(supervisor, customer)).isEqualTo(25);
    }

    @Test
    void theCheckFindsADeliberatelyCorruptedBalanceAndPassesTheHonestAccounts() {
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        String honest = newCustomer(asAdmin());
        String corrupted = newCustomer(asAdmin());
        posted(supervisor, honest, earn(80, null));
        posted(supervisor, corrupted, earn(50, null));
        posted(supervisor, corrupted, redeem(20, null));
        mongo.updateFirst(Query.query(where("_id").is(corrupted)), new Update().set("balance", 1_000_000L),
                PointsAccount.class);
        try {
            ApiResponse run = asAdmin().post("/api/v1/loyalty/ledger-checks", java.util.Map.of());
            ApiResponse latest = asNewStaff(Role.ANALYST).get("/api/v1/loyalty/ledger-checks/latest");

            assertThat(run.status()).as("%s", run).isEqualTo(201);
            assertThat(latest.body().get("id").asString()).isEqualTo(run.body().get("id").asString());
            assertThat(latest.body().get("accountsChecked").asLong()).isGreaterThanOrEqualTo(2);
            List<String> mismatched = new ArrayList<>();
            latest.body().get("mismatches").values().forEach(m -> mismatched.add(m.get("customerId").asString()));
            assertThat(mismatched).contains(corrupted).doesNotContain(honest);
            JsonNode mismatch = latest.body().get("mismatches").values().stream()
                    .filter(m -> m.get("customerId").asString().equals(corrupted)).findFirst().orElseThrow();
            assertThat(mismatch.get("accountBalance").asLong()).isEqualTo(1_000_000L);
            assertThat(mismatch.get("ledgerBalance").asLong()).isEqualTo(30);
            assertThat(asNewStaff(Role.SUPERVISOR).post("/api/v1/loyalty/ledger-checks", java.util.Map.of()).status())
                    .isEqualTo(403);
        } finally {
            mongo.updateFirst(Query.query(where("_id").is(corrupted)), new Update().set("balance", 30L),
                    PointsAccount.class);
        }
    }

    @Test
    void anEntryWrittenByAPostingThatCrashedBeforeUpdatingTheAccountIsCountedOnceOnTheNextRead() {
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        String customer = newCustomer(asAdmin());
        posted(supervisor, customer, earn(60, null));
        // What a node leaves behind when it dies between its two writes: the entry, but not the account.
        PointsAccount account = mongo.findById(customer, PointsAccount.class);
        LedgerEntry orphan = account.earn(15, EarnKind.ACTIVITY, "crashed-" + customer, null,
                new ExpiryPolicy(24, true, ZoneOffset.UTC), null, "crashed-node", Instant.now());
        mongo.insert(orphan);

        assertThat(balance(supervisor, customer)).isEqualTo(75);
        posted(supervisor, customer, redeem(75, null));
        assertThat(balance(supervisor, customer)).isZero();
        ApiResponse statement = supervisor.get("/api/v1/loyalty/accounts/" + customer + "/statement");
        assertThat(statement.body().get("total").asLong()).isEqualTo(3);
        ApiResponse check = asAdmin().post("/api/v1/loyalty/ledger-checks", java.util.Map.of());
        List<String> mismatched = new ArrayList<>();
        check.body().get("mismatches").values().forEach(m -> mismatched.add(m.get("customerId").asString()));
        assertThat(mismatched).doesNotContain(customer);
    }
}
