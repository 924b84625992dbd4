package dev.crm.app.loyalty;

import static dev.crm.app.loyalty.PointsRequests.earn;
import static dev.crm.app.loyalty.PointsRequests.newCustomer;
import static dev.crm.app.loyalty.PointsRequests.post;
import static dev.crm.app.loyalty.PointsRequests.redeem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.Role;
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
import tools.jackson.databind.JsonNode;

/** Many threads earning and redeeming on one account at once, over HTTP. */
class PointsConcurrencyTest extends ApiIntegrationTest {

    private static final int THREADS = 16;
    private static final int REQUESTS = 50;

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
}
