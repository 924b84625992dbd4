import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mixed workload against a running app, over its HTTP API as the staff would drive it:
 * 1. a steady phase: each operation at its own fixed rate (open loop; latency counted from the
 *    instant the request was due, so a stalled server cannot hide its queueing);
 * 2. a saturation phase: N closed-loop clients drawing operations in the same mix, for the most
 *    the app sustains;
 * 3. the ceiling: the same N clients on the cheapest JSON endpoints of the same app.
 * CPU and RSS come from /proc of the app's pid, the heap from its own metrics endpoint.
 * JDK only, so it runs as a single-file program.
 */
public class MixedLoad {

    enum Operation { CUSTOMER_360, REGISTER_COMPLAINT, QUEUE, LOYALTY_EARN, CEILING_ME, CEILING_HEALTH }

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*([0-9.E+-]+)");

    private final String base;
    private final String admin;
    private final String agent;
    private final String till;
    private final long pid;
    private final long ticksPerSecond;
    private final HttpClient http;
    private final List<String> customers = new ArrayList<>();

    MixedLoad(String base, String adminPassword, long pid, long ticksPerSecond) {
        this.base = base;
        this.admin = basic("admin", adminPassword);
        this.agent = basic("bench-agent", "Harbour-kettle-4417");
        this.till = basic("bench-till", "Orchard-willow-9031");
        this.pid = pid;
        this.ticksPerSecond = ticksPerSecond;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(8)).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String adminPassword = args[1];
        long pid = Long.parseLong(args[2]);
        long ticks = Long.parseLong(args[3]);
        int customerCount = Integer.parseInt(args[4]);
        int steadySeconds = Integer.parseInt(args[5]);
        double[] rates = parseRates(args[6]);
        int clients = Integer.parseInt(args[7]);
        int saturationSeconds = Integer.parseInt(args[8]);
        MixedLoad load = new MixedLoad(base, adminPassword, pid, ticks);
        load.prepare(customerCount);
        load.warmUp(Math.max(5, saturationSeconds / 3), clients);
        Map<String, Phase> results = new java.util.LinkedHashMap<>();
        results.put("steady", load.steady(steadySeconds, rates));
        results.put("saturation (mixed)", load.saturate(saturationSeconds, clients, null));
        results.put("ceiling: GET /api/v1/me", load.saturate(saturationSeconds, clients, Operation.CEILING_ME));
        results.put("anonymous GET /actuator/health", load.saturate(saturationSeconds, clients,
                Operation.CEILING_HEALTH));
        report(results, rates, clients, customerCount);
    }

    private static double[] parseRates(String spec) {
        String[] parts = spec.split(",");
        double[] rates = new double[4];
        for (int i = 0; i < 4; i++) {
            rates[i] = Double.parseDouble(parts[i]);
        }
        return rates;
    }

    // --- set-up -------------------------------------------------------------------------------

    void prepare(int customerCount) throws Exception {
        long started = System.nanoTime();
        // Agents serve customers; earnings come from the shop's till, an INTEGRATOR account.
        for (String account : List.of("""
                {"username":"bench-agent","password":"Harbour-kettle-4417","displayName":"Bench Agent",
                 "roles":["AGENT"],"department":"service"}""", """
                {"username":"bench-till","password":"Orchard-willow-9031","displayName":"Shop till",
                 "roles":["INTEGRATOR"]}""")) {
            HttpResponse<String> staff = send("POST", "/api/v1/staff", admin, account, null);
            if (staff.statusCode() != 201 && staff.statusCode() != 409) {
                throw new IllegalStateException("opening a staff account: " + staff.statusCode() + " " + staff.body());
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<String> created = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(customerCount);
        AtomicLong failures = new AtomicLong();
        for (int i = 0; i < customerCount; i++) {
            int n = i;
            pool.execute(() -> {
                try {
                    HttpResponse<String> customer = send("POST", "/api/v1/customers", admin,
                            "{\"displayName\":\"Bench customer " + n + "\"}", null);
                    Matcher id = ID.matcher(customer.body());
                    if (customer.statusCode() != 201 || !id.find()) {
                        throw new IllegalStateException(customer.statusCode() + " " + customer.body());
                    }
                    String customerId = id.group(1);
                    for (int o = 0; o < 3; o++) {
                        String order = String.format(Locale.ROOT, """
                                {"customerId":"%s","orderRef":"BENCH-%d-%d","orderedAt":"%s","amount":"%d.50",
                                 "currency":"CNY","productCategory":"appliances","channel":"online"}""",
                                customerId, n, o, Instant.parse("2026-06-01T10:00:00Z").plus(Duration.ofDays(30L * o)),
                                50 + n % 400);
                        HttpResponse<String> recorded = send("POST", "/api/v1/orders", admin, order, null);
                        if (recorded.statusCode() != 201) {
                            throw new IllegalStateException(recorded.statusCode() + " " + recorded.body());
                        }
                    }
                    created.add(customerId);
                } catch (Exception e) {
                    if (failures.incrementAndGet() < 5) {
                        System.err.println("set-up: " + e.getMessage());
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        pool.shutdown();
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " customers could not be set up");
        }
        customers.addAll(created);
        System.out.printf(Locale.ROOT, "set-up: %d customers with 3 orders each in %.1f s%n", customers.size(),
                (System.nanoTime() - started) / 1e9);
    }

    void warmUp(int seconds, int clients) throws Exception {
        saturate(seconds, clients, null);
        saturate(Math.max(3, seconds / 2), clients, Operation.CEILING_ME);
        System.out.println("warm-up done");
    }

    // --- the operations -----------------------------------------------------------------------

    private HttpRequest request(Operation operation) {
        String customer = customers.get(ThreadLocalRandom.current().nextInt(customers.size()));
        switch (operation) {
            case CUSTOMER_360:
                return build("GET", "/api/v1/customers/" + customer + "/360", agent, null, null);
            case REGISTER_COMPLAINT:
                return build("POST", "/api/v1/complaints", agent, String.format(Locale.ROOT, """
                        {"channel":"PHONE","customerId":"%s","contactHint":"+8613800000000",
                         "description":"The kettle stopped heating after two days","customerDemand":"Replace it",
                         "occurredAt":"%s","impactScope":"SINGLE_CUSTOMER"}""", customer,
                        Instant.now().minus(Duration.ofDays(1))), null);
            case QUEUE:
                return build("GET", "/api/v1/complaints/queue?size=20", agent, null, null);
            case LOYALTY_EARN:
                return build("POST", "/api/v1/loyalty/accounts/" + customer + "/transactions", till,
                        "{\"type\":\"EARN\",\"points\":" + (10 + ThreadLocalRandom.current().nextInt(90))
                                + ",\"kind\":\"PURCHASE\"}", UUID.randomUUID().toString());
            case CEILING_ME:
                return build("GET", "/api/v1/me", agent, null, null);
            case CEILING_HEALTH:
                return build("GET", "/actuator/health", null, null, null);
            default:
                throw new IllegalArgumentException(operation.name());
        }
    }

    private static final Operation[] MIX = {Operation.CUSTOMER_360, Operation.REGISTER_COMPLAINT, Operation.QUEUE,
            Operation.LOYALTY_EARN};

    // --- phases -------------------------------------------------------------------------------

    Phase steady(int seconds, double[] rates) throws Exception {
        Phase phase = new Phase(seconds);
        ScheduledExecutorService ticker = Executors.newScheduledThreadPool(4);
        long origin = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        long end = origin + TimeUnit.SECONDS.toNanos(seconds);
        ConcurrentLinkedQueue<java.util.concurrent.CompletableFuture<?>> inFlight = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < MIX.length; i++) {
            Operation operation = MIX[i];
            long interval = (long) (1e9 / rates[i]);
            AtomicLong next = new AtomicLong(origin);
            ticker.scheduleAtFixedRate(() -> {
                long now = System.nanoTime();
                // Issue every request that has fallen due, timing each from when it was due.
                for (long due = next.get(); due <= now && due < end; due = next.addAndGet(interval)) {
                    long dueAt = due;
                    inFlight.add(http.sendAsync(request(operation), HttpResponse.BodyHandlers.ofString())
                            .handle((response, failure) -> {
                                phase.record(operation, System.nanoTime() - dueAt,
                                        failure == null ? response.statusCode() : -1);
                                return null;
                            }));
                }
            }, origin - System.nanoTime(), 1_000_000, TimeUnit.NANOSECONDS);
        }
        ResourceSampler sampler = ResourceSampler.start(this);
        while (System.nanoTime() < end) {
            Thread.sleep(100); // a benchmark's pacing, not a test's wait
        }
        ticker.shutdownNow();
        for (java.util.concurrent.CompletableFuture<?> request : inFlight) {
            request.join();
        }
        phase.elapsedNanos = System.nanoTime() - origin;
        phase.resources = sampler.stop();
        return phase;
    }

    /** Closed loop: {@code only} null draws from the mix, otherwise every request is that operation. */
    Phase saturate(int seconds, int clients, Operation only) throws Exception {
        Phase phase = new Phase(seconds);
        long started = System.nanoTime();
        long end = started + TimeUnit.SECONDS.toNanos(seconds);
        ResourceSampler sampler = ResourceSampler.start(this);
        List<Thread> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread worker = new Thread(() -> {
                while (System.nanoTime() < end) {
                    Operation operation;
                    if (only != null) {
                        operation = only;
                    } else {
                        int draw = ThreadLocalRandom.current().nextInt(100);
                        operation = draw < 40 ? Operation.CUSTOMER_360 : draw < 50 ? Operation.REGISTER_COMPLAINT
                                : draw < 75 ? Operation.QUEUE : Operation.LOYALTY_EARN;
                    }
                    long sent = System.nanoTime();
                    int status;
                    try {
                        status = http.send(request(operation), HttpResponse.BodyHandlers.ofString()).statusCode();
                    } catch (IOException e) {
                        status = -1;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    phase.record(operation, System.nanoTime() - sent, status);
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        phase.elapsedNanos = System.nanoTime() - started;
        phase.resources = sampler.stop();
        return phase;
    }

    // --- HTTP ---------------------------------------------------------------------------------

    private HttpRequest build(String method, String path, String authorization, String json, String idempotencyKey) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        if (json == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        return builder.build();
    }

    private HttpResponse<String> send(String method, String path, String authorization, String json,
                                      String idempotencyKey) throws IOException, InterruptedException {
        return http.send(build(method, path, authorization, json, idempotencyKey), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    double heapUsedMiB() {
        try {
            HttpResponse<String> metric = send("GET", "/actuator/metrics/jvm.memory.used?tag=area:heap", admin, null,
                    null);
            Matcher value = VALUE.matcher(metric.body());
            return value.find() ? Double.parseDouble(value.group(1)) / 1048576 : Double.NaN;
        } catch (IOException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }

    long cpuTicks() throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
    }

    long rssMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }

    // --- measurements -------------------------------------------------------------------------

    static final class Phase {
        final int seconds;
        final Map<Operation, List<Long>> latencies = new ConcurrentHashMap<>();
        final Map<Operation, AtomicLong> errors = new ConcurrentHashMap<>();
        final Map<Operation, Map<Integer, AtomicLong>> statuses = new ConcurrentHashMap<>();
        long elapsedNanos;
        Resources resources;

        Phase(int seconds) {
            this.seconds = seconds;
        }

        void record(Operation operation, long nanos, int status) {
            latencies.computeIfAbsent(operation, o -> Collections.synchronizedList(new ArrayList<>())).add(nanos);
            statuses.computeIfAbsent(operation, o -> new ConcurrentHashMap<>())
                    .computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
            if (status < 200 || status >= 300) {
                errors.computeIfAbsent(operation, o -> new AtomicLong()).incrementAndGet();
            }
        }
    }

    record Resources(double cpuCoresMean, double cpuCoresMax, double heapMiBMean, double heapMiBMax, long rssMiBMax) {
    }

    static final class ResourceSampler {
        private final Thread thread;
        private final List<double[]> samples = Collections.synchronizedList(new ArrayList<>());
        private volatile boolean running = true;

        private ResourceSampler(MixedLoad load) {
            thread = new Thread(() -> {
                try {
                    long lastTicks = load.cpuTicks();
                    long lastAt = System.nanoTime();
                    while (running) {
                        Thread.sleep(1000); // sampling period
                        long ticks = load.cpuTicks();
                        long at = System.nanoTime();
                        double cores = (ticks - lastTicks) / (double) load.ticksPerSecond / ((at - lastAt) / 1e9);
                        samples.add(new double[] {cores, load.heapUsedMiB(), load.rssMiB()});
                        lastTicks = ticks;
                        lastAt = at;
                    }
                } catch (IOException e) {
                    System.err.println("sampler: " + e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            thread.setDaemon(true);
        }

        static ResourceSampler start(MixedLoad load) {
            ResourceSampler sampler = new ResourceSampler(load);
            sampler.thread.start();
            return sampler;
        }

        Resources stop() throws InterruptedException {
            running = false;
            thread.join();
            List<double[]> copy = new ArrayList<>(samples);
            double cpuSum = 0, cpuMax = 0, heapSum = 0, heapMax = 0, rssMax = 0;
            for (double[] sample : copy) {
                cpuSum += sample[0];
                cpuMax = Math.max(cpuMax, sample[0]);
                heapSum += sample[1];
                heapMax = Math.max(heapMax, sample[1]);
                rssMax = Math.max(rssMax, sample[2]);
            }
            int n = Math.max(1, copy.size());
            return new Resources(cpuSum / n, cpuMax, heapSum / n, heapMax, (long) rssMax);
        }
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    private static void report(Map<String, Phase> results, double[] rates, int clients, int customers) {
        System.out.println();
        System.out.printf(Locale.ROOT, "customers: %d; steady rates (req/s): 360 %.1f, register %.1f, queue %.1f,"
                + " earn %.1f; closed-loop clients: %d%n", customers, rates[0], rates[1], rates[2], rates[3], clients);
        System.out.println();
        System.out.println("| phase | operation | requests | non-2xx | throughput (req/s) | p50 ms | p95 ms | p99 ms | max ms |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        Map<String, Double> totals = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Phase> entry : results.entrySet()) {
            Phase phase = entry.getValue();
            double seconds = phase.elapsedNanos / 1e9;
            List<Long> all = new ArrayList<>();
            long allErrors = 0;
            for (Operation operation : Operation.values()) {
                List<Long> latencies = phase.latencies.get(operation);
                if (latencies == null) {
                    continue;
                }
                List<Long> sorted = new ArrayList<>(latencies);
                Collections.sort(sorted);
                all.addAll(sorted);
                long errors = phase.errors.getOrDefault(operation, new AtomicLong()).get();
                allErrors += errors;
                System.out.printf(Locale.ROOT, "| %s | %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
                        entry.getKey(), operation.name().toLowerCase(Locale.ROOT).replace('_', ' '), sorted.size(), errors,
                        sorted.size() / seconds, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                        sorted.get(sorted.size() - 1) / 1e6);
                if (errors > 0) {
                    System.err.println(entry.getKey() + " " + operation + " statuses: " + phase.statuses.get(operation));
                }
            }
            Collections.sort(all);
            totals.put(entry.getKey(), all.size() / seconds);
            System.out.printf(Locale.ROOT, "| %s | **all** | %d | %d | **%.1f** | %.1f | %.1f | %.1f | %.1f |%n",
                    entry.getKey(), all.size(), allErrors, all.size() / seconds, percentile(all, 50), percentile(all, 95),
                    percentile(all, 99), all.isEmpty() ? Double.NaN : all.get(all.size() - 1) / 1e6);
        }
        System.out.println();
        System.out.println("| phase | app CPU, cores (mean / max of 1 s samples) | heap used MiB (mean / max) | RSS max MiB |");
        System.out.println("|---|---|---|---|");
        for (Map.Entry<String, Phase> entry : results.entrySet()) {
            Resources r = entry.getValue().resources;
            System.out.printf(Locale.ROOT, "| %s | %.2f / %.2f | %.0f / %.0f | %d |%n", entry.getKey(), r.cpuCoresMean(),
                    r.cpuCoresMax(), r.heapMiBMean(), r.heapMiBMax(), r.rssMiBMax());
        }
        double ceiling = totals.get("ceiling: GET /api/v1/me");
        double mixed = totals.get("saturation (mixed)");
        System.out.println();
        System.out.printf(Locale.ROOT, "ratio mixed workload / ceiling (GET /api/v1/me, same sign-in, same %d clients):"
                + " %.2f (%.1f / %.1f req/s); anonymous health: %.1f req/s%n", clients, mixed / ceiling, mixed, ceiling,
                totals.get("anonymous GET /actuator/health"));
    }
}
