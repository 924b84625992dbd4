import dev.crm.CrmApplication;
import dev.crm.complaint.api.Channel;
import dev.crm.complaint.api.ComplaintRegistration;
import dev.crm.complaint.api.ImpactScope;
import dev.crm.complaint.application.EscalationPass;
import dev.crm.complaint.application.SlaNotifications;
import dev.crm.complaint.application.SlaPolicies;
import dev.crm.complaint.domain.Complaint;
import dev.crm.complaint.domain.SlaSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * 1. One escalation pass over N open complaints of which 1 % are due.
 * 2. Registration latency over HTTP at a steady request rate.
 * Usage (see escalation.sh): EscalationBench <openComplaints> <requestsPerSecond> <seconds>
 */
public class EscalationBench {

    public static void main(String[] args) throws Exception {
        int open = Integer.parseInt(args[0]);
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        Path data = Files.createTempDirectory("crm-bench");
        String password = "Bench-lantern-2026";
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CrmApplication.class).run(
                "--server.port=0", "--crm.data-dir=" + data, "--crm.plugins.dir=" + data.resolve("plugins"),
                "--crm.security.admin-password=" + password, "--crm.complaint.escalation-enabled=false",
                "--crm.complaint.escalation-batch=" + Math.max(500, open / 50), "--logging.level.root=WARN")) {
            MongoTemplate mongo = app.getBean(MongoTemplate.class);
            SlaPolicies policies = app.getBean(SlaPolicies.class);
            SlaSettings settings = policies.settings(null);
            Instant now = Instant.now();

            long loadStart = System.nanoTime();
            List<Complaint> batch = new ArrayList<>();
            for (int i = 0; i < open; i++) {
                boolean due = i % 100 == 0;
                Instant received = due ? now.minus(Duration.ofHours(30)) : now.minus(Duration.ofMinutes(5));
                batch.add(Complaint.register("B-" + i, registration(received), null, null, "bench", now, settings));
                if (batch.size() == 1000) {
                    mongo.insert(batch, Complaint.class);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                mongo.insert(batch, Complaint.class);
            }
            System.out.printf("loaded %d open complaints (%d due) in %.1f s%n", open, (open + 99) / 100,
                    (System.nanoTime() - loadStart) / 1e9);

            EscalationPass pass = new EscalationPass(mongo, policies, app.getBean(SlaNotifications.class));
            long passStart = System.nanoTime();
            int processed = pass.run(now);
            System.out.printf("escalation pass: %d complaints processed in %.0f ms%n", processed,
                    (System.nanoTime() - passStart) / 1e6);
            long idlePassStart = System.nanoTime();
            int again = pass.run(now);
            System.out.printf("second pass (nothing due): %d processed in %.0f ms%n", again,
                    (System.nanoTime() - idlePassStart) / 1e6);

            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            measureRegistration(base, password, rate, seconds);
        }
        // The HTTP client's worker threads would keep the JVM alive.
        System.exit(0);
    }

    /**
     * Open loop: requests leave at a fixed rate whether or not earlier ones have been answered, as
     * real callers do; latency is measured from each request's scheduled send time.
     */
    private static void measureRegistration(String base, String password, int rate, int seconds) throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(64)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes());
        String body = """
                {"channel":"PHONE","contactHint":"+8613800000000","description":"Kettle broken",
                 "customerDemand":"Replace it","occurredAt":"%s","impactScope":"SINGLE_CUSTOMER"}"""
                .formatted(Instant.now().minus(Duration.ofDays(1)));
        int total = rate * seconds;
        long[] latencies = new long[total];
        AtomicInteger failures = new AtomicInteger();
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        long intervalNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * intervalNanos;
            while (System.nanoTime() < scheduled) {
                Thread.onSpinWait();
            }
            int index = i;
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/complaints"))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            pending.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenAccept(response -> {
                latencies[index] = System.nanoTime() - scheduled;
                if (response.statusCode() != 201) {
                    failures.incrementAndGet();
                }
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        Arrays.sort(latencies);
        System.out.printf("registration at %d req/s for %d s: p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d failures%n",
                rate, seconds, latencies[total / 2] / 1e6, latencies[(int) (total * 0.99)] / 1e6,
                latencies[total - 1] / 1e6, failures.get());
    }

    private static ComplaintRegistration registration(Instant received) {
        return new ComplaintRegistration(null, Channel.WEB_FORM, null, received, null, "+8613800000001",
                "Late delivery of order", "Deliver today", null, received.minus(Duration.ofHours(1)),
                ImpactScope.SINGLE_CUSTOMER, null, null, null);
    }
}
