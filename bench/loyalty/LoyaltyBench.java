import dev.crm.CrmApplication;
import dev.crm.customer.api.CustomerId;

import dev.crm.customer.application.CustomerRegistry;
import dev.crm.customer.domain.CustomerProfile;
import dev.crm.loyalty.api.EarnKind;
import dev.crm.loyalty.api.InsufficientPointsException;
import dev.crm.loyalty.api.LoyaltyPoints;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Earn/redeem throughput of the points ledger through its application service ({@link LoyaltyPoints},
 * the api other modules call), against the embedded store with its durable commits, in a fresh data
 * directory. Two runs of {@code threads x ops} postings: all on ONE hot account, then spread over
 * {@code accounts} accounts. Each posting is an earn (45 %) or a redemption (55 %, refused when it
 * would overdraw). Prints postings/s, latency percentiles and the lost-race retries.
 * Usage (see loyalty.sh): LoyaltyBench <threads> <ops-per-thread> <accounts>
 */
public class LoyaltyBench {

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        int ops = Integer.parseInt(args[1]);
        int accounts = Integer.parseInt(args[2]);
        Path data = Files.createTempDirectory("loyalty-bench");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CrmApplication.class).run(
                "--server.port=0", "--crm.data-dir=" + data, "--crm.plugins.dir=" + data.resolve("plugins"),
                "--crm.security.admin-password=Bench-lantern-2026", "--crm.complaint.escalation-enabled=false",
                "--crm.complaint.kpi-report.enabled=false", "--crm.customer.value.scoring-enabled=false",
                "--crm.complaint.survey.pass-enabled=false", "--crm.complaint.retention.enabled=false",
                "--crm.channels.delivery.enabled=false", "--crm.channels.polling.enabled=false",
                "--crm.complaint.problems.detection-enabled=false", "--crm.complaint.crisis.watch-enabled=false",
                "--crm.loyalty.points.expiry-enabled=false", "--crm.loyalty.points.check-enabled=false",
                "--crm.complaint.goodwill.points-enabled=false", "--crm.loyalty.points.max-attempts=100000",
                "--logging.level.root=WARN")) {
            CustomerRegistry registry = app.getBean(CustomerRegistry.class);
            LoyaltyPoints points = app.getBean(LoyaltyPoints.class);
            List<CustomerId> customers = new ArrayList<>();
            for (int i = 0; i < Math.max(accounts, 1); i++) {
                customers.add(new CustomerId(registry.register(new CustomerProfile("Bench " + i, null, null, null,
                        null, null, Set.of(), null, null, null, null, null, null, null, Set.of(), Set.of()),
                        "bench").getId()));
            }
            System.out.printf("threads=%d ops/thread=%d accounts(many)=%d, cores=%d%n", threads, ops, accounts,
                    Runtime.getRuntime().availableProcessors());
            run("warm-up (1 thread, many accounts)", points, customers, 1, Math.min(ops, 50));
            run("one hot account", points, customers.subList(0, 1), threads, ops);
            run("many accounts", points, customers, threads, ops);
        }
    }

    private static void run(String label, LoyaltyPoints points, List<CustomerId> customers, int threads, int ops)
            throws Exception {
        AtomicLong accepted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        long[][] latencies = new long[threads][ops];
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            workers.add(pool.submit(() -> {
                SplittableRandom random = new SplittableRandom(thread);
                start.await();
                for (int i = 0; i < ops; i++) {
                    CustomerId customer = customers.get(random.nextInt(customers.size()));
                    String ref = "bench-" + UUID.randomUUID();
                    long began = System.nanoTime();
                    try {
                        if (random.nextInt(100) < 45) {
                            points.earn(customer, 10 + random.nextInt(41), EarnKind.PURCHASE, ref, null, null, "bench");
                        } else {
                            points.redeem(customer, 20 + random.nextInt(61), ref, null, "bench");
                        }
                        accepted.incrementAndGet();
                    } catch (InsufficientPointsException overdraft) {
                        refused.incrementAndGet();
                    }
                    latencies[thread][i] = System.nanoTime() - began;
                }
                return null;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("%-36s %6d postings in %6.2f s = %7.1f/s (accepted %d, refused overdrafts %d);"
                        + " latency ms p50 %.1f p99 %.1f max %.1f%n", label, all.length, seconds, all.length / seconds,
                accepted.get(), refused.get(), pct(all, 0.50), pct(all, 0.99), all[all.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))] / 1e6;
    }
}
