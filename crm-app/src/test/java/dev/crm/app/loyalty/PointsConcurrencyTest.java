package dev.crm.app.loyalty;

import static dev.crm.app.loyalty.PointsRequests.earn;
import static dev.crm.app.loyalty.PointsRequests.newCustomer;
import static dev.crm.app.loyalty.PointsRequests.post;
import static dev.crm.app.loyalty.PointsRequests.redeem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.BusinessTimeZone;
import dev.crm.core.api.Role;
import dev.crm.customer.api.CustomerDirectory;
import dev.crm.customer.api.CustomerId;
import dev.crm.loyalty.api.EarnKind;
import dev.crm.loyalty.api.InsufficientPointsException;
import dev.crm.loyalty.api.LoyaltyPoints;
import dev.crm.loyalty.application.LedgerCheck;
import dev.crm.loyalty.application.PointsLedger;
import dev.crm.loyalty.application.PointsProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import tools.jackson.databind.JsonNode;

/** Many threads earning and redeeming on one account at once, over HTTP. */
class PointsConcurrencyTest extends ApiIntegrationTest {

    private static final int THREADS = 16;
    private static final int REQUESTS = 50;

    @Autowired
    LoyaltyPoints ledger;

    @Autowired
    MongoOperations mongo;

    @Autowired
    CustomerDirectory customers;

    @Autowired
    PointsProperties properties;

    @Autowired
    BusinessTimeZone zone;

    @Autowired
    LedgerCheck check;

    @Test
    void concurrentEarnsAndRedeemsOnOneAccountLoseNothingAndNeverOverdraw() throws Exception {
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        String customer = newCustomer(asAdmin());
        AtomicLong acceptedSum = new AtomicLong();
        AtomicLong accepted = new AtomicLong();
        AtomicLong overdrafts = new AtomicLong();
        List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long seed = t;
            workers.add(pool.submit(() -> {
                SplittableRandom random = new SplittableRandom(seed);
                start.await();
                for (int i = 0; i < REQUESTS; i++) {
                    boolean earning = random.nextInt(100) < 45;
                    long points = earning ? 10 + random.nextInt(41) : 20 + random.nextInt(61);
                    ApiResponse response = post(supervisor, customer, earning ? earn(points, null) : redeem(points, null));
                    if (response.status() == 201) {
                        accepted.incrementAndGet();
                        acceptedSum.addAndGet(response.body().get("entry").get("points").asLong());
                    } else if (response.status() == 422 && !earning) {
                        overdrafts.incrementAndGet();
                        long available = response.body().get("available").asLong();
                        if (available < 0 || available >= points) {
                            unexpected.add("refused " + points + " with " + available + " available");
                        }
                    } else {
                        unexpected.add(response.status() + " " + response.rawBody());
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();

        assertThat(unexpected).isEmpty();
        assertThat(overdrafts.get()).as("the mix must make some redemptions fail").isPositive();
        JsonNode account = supervisor.get("/api/v1/loyalty/accounts/" + customer).body();
        assertThat(account.get("balance").asLong()).isEqualTo(acceptedSum.get());
        assertThat(account.get("lastSequence").asLong()).isEqualTo(accepted.get());
        long ledgerSum = 0;
        long previous = 0;
        int pages = (int) ((accepted.get() + 199) / 200);
        for (int page = 0; page < pages; page++) {
            JsonNode items = supervisor.get("/api/v1/loyalty/accounts/" + customer + "/statement?size=200&page=" + page)
                    .body().get("items");
            for (JsonNode entry : items.values()) {
                ledgerSum += entry.get("points").asLong();
                assertThat(entry.get("balanceAfter").asLong()).isEqualTo(previous + entry.get("points").asLong())
                        .isNotNegative();
                previous = entry.get("balanceAfter").asLong();
            }
        }
        assertThat(ledgerSum).isEqualTo(acceptedSum.get());
    }

    /**
     * Two ledgers on one store, as two app nodes are: their in-process queues do not see each other,
     * so the unique {customerId, sequence} index alone decides every race.
     */
    @Test
    void twoNodesPostingToOneAccountAtOnceAreSerialisedByTheLedgersUniqueSequence() throws Exception {
        String customer = newCustomer(asAdmin());
        LoyaltyPoints otherNode = new PointsLedger(mongo, customers, properties, zone, Clock.systemUTC());
        CustomerId id = new CustomerId(customer);
        AtomicLong acceptedSum = new AtomicLong();
        AtomicLong accepted = new AtomicLong();
        List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            LoyaltyPoints node = t % 2 == 0 ? ledger : otherNode;
            long seed = 100 + t;
            workers.add(pool.submit(() -> {
                SplittableRandom random = new SplittableRandom(seed);
                start.await();
                for (int i = 0; i < 25; i++) {
                    String ref = "node-" + UUID.randomUUID();
                    try {
                        long posted = random.nextInt(100) < 45
                                ? node.earn(id, 10 + random.nextInt(41), EarnKind.ACTIVITY, ref, null, null, "t")
                                        .entry().points()
                                : node.redeem(id, 20 + random.nextInt(61), ref, null, "t").entry().points();
                        accepted.incrementAndGet();
                        acceptedSum.addAndGet(posted);
                    } catch (InsufficientPointsException overdraft) {
                        if (overdraft.available() < 0 || overdraft.available() >= overdraft.requested()) {
                            unexpected.add("refused " + overdraft.requested() + " with " + overdraft.available());
                        }
                    } catch (RuntimeException e) {
                        unexpected.add(e.toString());
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();

        assertThat(unexpected).isEmpty();
        assertThat(ledger.balanceOf(id)).isEqualTo(acceptedSum.get()).isNotNegative();
        assertThat(ledger.account(id).orElseThrow().lastSequence()).isEqualTo(accepted.get());
        var result = check.run(Instant.now()).orElseThrow();
        assertThat(result.mismatches()).noneMatch(m -> m.customerId().equals(customer));
    }
}
