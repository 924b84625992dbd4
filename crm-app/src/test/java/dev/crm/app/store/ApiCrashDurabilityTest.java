package dev.crm.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The whole application in a child JVM takes complaints and points postings from several client
 * threads and is killed with SIGKILL at a random moment; restarted on the same data directory it
 * must still hold every write it acknowledged (2xx), with the content acknowledged, and nothing
 * half-written: each ledger's balance is the sum of its entries, sequences and complaint numbers
 * have no gaps, and each write that was in flight at the
 * kill is wholly there or wholly absent.
 * Several kill/restart cycles run on the same, growing data directory; every cycle rechecks all
 * that was acknowledged before. {@code -Dcrm.crash.cycles=N} runs more cycles, {@code
 * -Dcrm.crash.seed=S} replays a run (the seed is printed).
 */
class ApiCrashDurabilityTest {

    private static final String ADMIN_PASSWORD = "Crash-Lantern-2026";
    private static final int ACCOUNTS = 4;
    private static final int COMPLAINT_WRITERS = 2;
    private static final int POSTING_WRITERS = 2;
    /** Acknowledgements per cycle before the kill: at least the first, up to both added. */
    private static final int MIN_ACKS_BEFORE_KILL = 40;
    private static final int EXTRA_ACKS_BEFORE_KILL = 160;
    private static final Pattern NUMBER = Pattern.compile("C-(\\d{4})-(\\d{6})");

    @TempDir
    Path dataDir;

    @TempDir
    Path pluginsDir;

    @TempDir
    Path logs;

    // Everything the application acknowledged, over all cycles.
    private final Map<String, SentComplaint> complaintsByNumber = new ConcurrentHashMap<>();
    private final Map<String, AckedPosting> postingsByReference = new ConcurrentHashMap<>();
    // Sent but refused with a 4xx: must never be in the ledger.
    private final Set<String> refusedReferences = ConcurrentHashMap.newKeySet();
    // Sent, answer unknown (the process died under the request): resolved after the restart.
    private final Map<String, SentComplaint> complaintsInFlight = new ConcurrentHashMap<>();
    private final Map<String, SentPosting> postingsInFlight = new ConcurrentHashMap<>();
    private final List<String> unexpected = new ArrayList<>();
    private final List<String> customers = new ArrayList<>();
    private int complaintsLostInFlight;
    private int numbersSkipped;

    @Test
    void everyAcknowledgedWriteSurvivesRepeatedKillDashNine() throws Exception {
        int cycles = Integer.getInteger("crm.crash.cycles", 3);
        long seed = Long.getLong("crm.crash.seed", System.nanoTime());
        System.out.printf("ApiCrashDurabilityTest: %d cycles, seed %d (-Dcrm.crash.seed=%d replays)%n",
                cycles, seed, seed);
        SplittableRandom random = new SplittableRandom(seed);
        Path log = logs.resolve("application.log");

        for (int cycle = 0; cycle <= cycles; cycle++) {
            ApplicationProcess app = ApplicationProcess.start(dataDir, pluginsDir, ADMIN_PASSWORD, log);
            ApiClient admin = ApiClient.signedIn(app.baseUrl(), "admin", ADMIN_PASSWORD);
            if (cycle == 0) {
                for (int i = 0; i < ACCOUNTS; i++) {
                    customers.add(newCustomer(admin));
                }
            }
            resolveInFlight(admin);
            verifyEverythingAcknowledged(admin);
            if (cycle == cycles) {
                System.out.printf("cycle %d: restarted in %d ms, all %d complaints and %d postings present; "
                                + "%d complaints lost in flight, %d complaint numbers skipped%n",
                        cycle, app.startup().toMillis(), complaintsByNumber.size(), postingsByReference.size(),
                        complaintsLostInFlight, numbersSkipped);
                app.kill();
                break;
            }
            int killAfter = MIN_ACKS_BEFORE_KILL + random.nextInt(EXTRA_ACKS_BEFORE_KILL + 1);
            Load load = new Load(admin, cycle, random.split());
            load.runUntilKilled(app, killAfter);
            System.out.printf("cycle %d: started in %d ms, killed after %d acknowledgements (%d in flight)%n",
                    cycle, app.startup().toMillis(), load.acks.get(),
                    complaintsInFlight.size() + postingsInFlight.size());
        }
        assertThat(unexpected).as("answers that are neither an acknowledgement nor a refusal").isEmpty();
    }

    /** The client threads of one cycle, and the kill. */
    private final class Load {
        private final ApiClient admin;
        private final int cycle;
        private final SplittableRandom random;
        private final AtomicInteger acks = new AtomicInteger();
        private final AtomicBoolean killed = new AtomicBoolean();

        Load(ApiClient admin, int cycle, SplittableRandom random) {
            this.admin = admin;
            this.cycle = cycle;
            this.random = random;
        }

        void runUntilKilled(ApplicationProcess app, int killAfter) throws InterruptedException {
            CountDownLatch enough = new CountDownLatch(killAfter);
            ExecutorService pool = Executors.newFixedThreadPool(COMPLAINT_WRITERS + POSTING_WRITERS);
            for (int t = 0; t < COMPLAINT_WRITERS; t++) {
                String writer = cycle + "-c" + t;
                pool.submit(() -> writeComplaints(writer, enough));
            }
            for (int t = 0; t < POSTING_WRITERS; t++) {
                String writer = cycle + "-p" + t;
                SplittableRandom own = random.split();
                pool.submit(() -> writePostings(writer, own, enough));
            }
            assertThat(enough.await(3, TimeUnit.MINUTES)).as("%d acknowledgements", killAfter).isTrue();
            killed.set(true);
            int exit = app.kill();
            pool.shutdown();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
            assertThat(exit).as("exit code of the killed JVM: SIGKILL").isEqualTo(ApplicationProcess.KILLED_BY_SIGKILL);
        }

        private void writeComplaints(String writer, CountDownLatch enough) {
            for (int i = 0; !killed.get(); i++) {
                String marker = "crash-probe " + writer + "-" + i;
                SentComplaint sent = new SentComplaint(marker, i % 2 == 0 ? "PHONE" : "EMAIL",
                        "The kettle stopped heating (" + marker + ")", "Replace it (" + marker + ")");
                complaintsInFlight.put(marker, sent);
                ApiResponse answer;
                try {
                    answer = admin.post("/api/v1/complaints", sent.body());
                } catch (RuntimeException connectionLost) {
                    return; // the process died under this request: it stays in flight
                }
                complaintsInFlight.remove(marker);
                if (answer.status() == 201) {
                    complaintsByNumber.put(answer.body().get("number").asString(), sent);
                    acks.incrementAndGet();
                    enough.countDown();
                } else {
                    unexpected("complaint " + marker, answer);
                }
            }
        }

        private void writePostings(String writer, SplittableRandom random, CountDownLatch enough) {
            for (int i = 0; !killed.get(); i++) {
                SentPosting sent = SentPosting.random("crash-" + writer + "-" + i,
                        customers.get(random.nextInt(customers.size())), random);
                postingsInFlight.put(sent.reference(), sent);
                ApiResponse answer;
                try {
                    answer = sent.post(admin);
                } catch (RuntimeException connectionLost) {
                    return;
                }
                postingsInFlight.remove(sent.reference());
                if (answer.status() == 201) {
                    postingsByReference.put(sent.reference(), AckedPosting.of(sent, answer.body().get("entry")));
                    acks.incrementAndGet();
                    enough.countDown();
                } else if (answer.status() == 422) {
                    refusedReferences.add(sent.reference()); // overdraft: refused, never posted
                } else {
                    unexpected("posting " + sent.reference(), answer);
                }
            }
        }
    }

    /**
     * A complaint in flight at the kill has no key to repeat it by: it is either there once, whole,
     * or not at all. A posting in flight is repeated with its Idempotency-Key, as a client would:
     * the answer must agree with what the ledger holds (the same entry if it was written).
     */
    private void resolveInFlight(ApiClient admin) {
        Map<String, JsonNode> stored = storedProbeComplaints(admin);
        for (SentComplaint sent : complaintsInFlight.values()) {
            var kept = stored.values().stream().filter(summary -> summary.get("description").asString()
                    .equals(sent.description())).findFirst();
            kept.ifPresent(summary -> complaintsByNumber.put(summary.get("number").asString(), sent));
            if (kept.isEmpty()) {
                complaintsLostInFlight++;
            }
        }
        complaintsInFlight.clear();

        for (SentPosting sent : postingsInFlight.values()) {
            Map<String, JsonNode> before = entriesByReference(admin, sent.customerId());
            ApiResponse[] answer = new ApiResponse[1];
            // 409 while the key is still held by the request the dead process was running.
            await("retry of " + sent.reference()).atMost(Duration.ofSeconds(30)).until(() -> {
                answer[0] = sent.post(admin);
                return answer[0].status() != 409;
            });
            if (answer[0].status() == 422) {
                assertThat(before).as("refused now, so it was not written before").doesNotContainKey(sent.reference());
                refusedReferences.add(sent.reference());
                continue;
            }
            assertThat(answer[0].status()).as("retry of %s: %s", sent.reference(), answer[0]).isIn(200, 201);
            JsonNode entry = answer[0].body().get("entry");
            JsonNode earlier = before.get(sent.reference());
            if (earlier != null) {
                assertThat(entry.get("id").asString()).as("the retry finds the entry the dead process wrote")
                        .isEqualTo(earlier.get("id").asString());
                assertThat(answer[0].body().get("replayed").asBoolean()).isTrue();
            } else {
                assertThat(answer[0].status()).as("not written before, so posted now").isEqualTo(201);
            }
            postingsByReference.put(sent.reference(), AckedPosting.of(sent, entry));
        }
        postingsInFlight.clear();
    }

    private void verifyEverythingAcknowledged(ApiClient admin) {
        verifyComplaints(admin);
        long entries = 0;
        for (String customer : customers) {
            entries += verifyLedger(admin, customer);
        }
        ApiResponse check = admin.post("/api/v1/loyalty/ledger-checks", Map.of());
        assertThat(check.status()).as("ledger check: %s", check).isEqualTo(201);
        assertThat(check.body().get("mismatchCount").asLong()).as("ledger check: %s", check).isZero();
        assertThat(check.body().get("entriesChecked").asLong()).isEqualTo(entries);
    }

    private void verifyComplaints(ApiClient admin) {
        for (Map.Entry<String, SentComplaint> acked : complaintsByNumber.entrySet()) {
            ApiResponse read = admin.get("/api/v1/complaints/" + acked.getKey());
            assertThat(read.status()).as("acknowledged complaint %s: %s", acked.getKey(), read).isEqualTo(200);
            JsonNode complaint = read.body();
            SentComplaint sent = acked.getValue();
            assertThat(complaint.get("description").asString()).isEqualTo(sent.description());
            assertThat(complaint.get("customerDemand").asString()).isEqualTo(sent.customerDemand());
            assertThat(complaint.get("channel").asString()).isEqualTo(sent.channel());
            assertThat(complaint.get("state").asString()).isEqualTo("REGISTERED");
            assertThat(complaint.get("transitions").size()).as("its registration transition").isEqualTo(1);
            assertThat(complaint.get("deadlines").size()).as("its SLA deadlines").isPositive();
        }
        // Nothing but what was sent, each once, and numbers unique.
        Map<String, JsonNode> stored = storedProbeComplaints(admin);
        assertThat(stored.keySet()).as("complaints stored = complaints acknowledged (or in flight and kept)")
                .containsExactlyInAnyOrderElementsOf(complaintsByNumber.keySet());
        Set<String> descriptions = new HashSet<>();
        stored.values().forEach(summary -> assertThat(descriptions.add(summary.get("description").asString()))
                .as("registered once: %s", summary).isTrue());
        Map<String, List<Integer>> sequencesByYear = new HashMap<>();
        for (String number : stored.keySet()) {
            Matcher matcher = NUMBER.matcher(number);
            assertThat(matcher.matches()).as(number).isTrue();
            sequencesByYear.computeIfAbsent(matcher.group(1), year -> new ArrayList<>())
                    .add(Integer.parseInt(matcher.group(2)));
        }
        int gaps = 0;
        for (List<Integer> sequences : sequencesByYear.values()) {
            sequences.sort(null);
            gaps += sequences.get(sequences.size() - 1) - sequences.size();
        }
        // Gap-free (001 §3.1): the complaint's insert claims its number, so a kill in between skips none.
        assertThat(gaps).as("complaint numbers skipped").isZero();
        numbersSkipped = gaps;
    }

    /** The account's statement against what was acknowledged, and the account against its statement. */
    private long verifyLedger(ApiClient admin, String customer) {
        List<JsonNode> statement = statement(admin, customer);
        long balance = 0;
        for (int i = 0; i < statement.size(); i++) {
            JsonNode entry = statement.get(i);
            String reference = entry.get("sourceRef").asString();
            assertThat(entry.get("sequence").asLong()).as("sequence of %s", reference).isEqualTo(i + 1);
            balance += entry.get("points").asLong();
            assertThat(entry.get("balanceAfter").asLong()).as("running balance at %s", reference).isEqualTo(balance);
            assertThat(refusedReferences).as("a refused posting is not in the ledger").doesNotContain(reference);
            AckedPosting acked = postingsByReference.get(reference);
            assertThat(acked).as("entry %s was acknowledged (or in flight and resolved)", reference).isNotNull();
            assertThat(acked.matches(entry)).as("entry %s as acknowledged: %s vs %s", reference, acked, entry)
                    .isTrue();
        }
        long acknowledged = postingsByReference.values().stream()
                .filter(posting -> posting.sent().customerId().equals(customer)).count();
        assertThat(statement).as("entries of %s = postings acknowledged", customer).hasSize((int) acknowledged);
        ApiResponse account = admin.get("/api/v1/loyalty/accounts/" + customer);
        assertThat(account.status()).isEqualTo(200);
        assertThat(account.body().get("balance").asLong()).as("balance of %s = sum of its entries", customer)
                .isEqualTo(balance);
        assertThat(account.body().get("lastSequence").asLong()).isEqualTo(statement.size());
        return statement.size();
    }

    private static List<JsonNode> statement(ApiClient admin, String customer) {
        return pages(admin, "/api/v1/loyalty/accounts/" + customer + "/statement?size=200&page=");
    }

    private static Map<String, JsonNode> entriesByReference(ApiClient admin, String customer) {
        Map<String, JsonNode> entries = new HashMap<>();
        statement(admin, customer).forEach(entry -> entries.put(entry.get("sourceRef").asString(), entry));
        return entries;
    }

    /** Every complaint the store holds, by number (all of them are this test's). */
    private static Map<String, JsonNode> storedProbeComplaints(ApiClient admin) {
        Map<String, JsonNode> byNumber = new HashMap<>();
        pages(admin, "/api/v1/complaints?size=200&page=").forEach(summary -> {
            assertThat(byNumber.put(summary.get("number").asString(), summary)).as("listed once").isNull();
        });
        return byNumber;
    }

    private static List<JsonNode> pages(ApiClient admin, String pathEndingInPage) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            ApiResponse read = admin.get(pathEndingInPage + page);
            assertThat(read.status()).as("%s%d: %s", pathEndingInPage, page, read).isEqualTo(200);
            read.body().get("items").values().forEach(items::add);
            if (items.size() >= read.body().get("total").asLong() || read.body().get("items").isEmpty()) {
                return items;
            }
        }
    }

    private static String newCustomer(ApiClient admin) {
        ApiResponse created = admin.post("/api/v1/customers",
                Map.of("displayName", "Crash " + UUID.randomUUID().toString().substring(0, 8)));
        assertThat(created.status()).as("creating a customer: %s", created).isEqualTo(201);
        return created.body().get("id").asString();
    }

    private synchronized void unexpected(String what, ApiResponse answer) {
        unexpected.add(what + ": " + answer);
    }

    record SentComplaint(String marker, String channel, String description, String customerDemand) {
        Map<String, Object> body() {
            Map<String, Object> body = new HashMap<>();
            body.put("channel", channel);
            body.put("contactHint", "+8613800000000");
            body.put("description", description);
            body.put("customerDemand", customerDemand);
            body.put("occurredAt", Instant.now().minus(2, ChronoUnit.DAYS).toString());
            body.put("impactScope", "SINGLE_CUSTOMER");
            return body;
        }
    }

    /** One points transaction; its reference doubles as its Idempotency-Key. */
    record SentPosting(String reference, String customerId, String type, long points) {

        static SentPosting random(String reference, String customerId, SplittableRandom random) {
            int roll = random.nextInt(100);
            if (roll < 55) {
                return new SentPosting(reference, customerId, "EARN", 1 + random.nextInt(200));
            }
            if (roll < 80) {
                return new SentPosting(reference, customerId, "REDEEM", 1 + random.nextInt(150));
            }
            long magnitude = 1 + random.nextInt(50);
            return new SentPosting(reference, customerId, "ADJUST", random.nextBoolean() ? magnitude : -magnitude);
        }

        ApiResponse post(ApiClient admin) {
            Map<String, Object> body = new HashMap<>(Map.of("type", type, "points", points, "reference", reference));
            if (type.equals("EARN")) {
                body.put("kind", "PURCHASE");
            }
            if (type.equals("ADJUST")) {
                body.put("reason", "crash test correction");
            }
            return admin.postWithHeader("/api/v1/loyalty/accounts/" + customerId + "/transactions",
                    "Idempotency-Key", reference, body);
        }

        /** The signed change to the balance. */
        long signedPoints() {
            return type.equals("REDEEM") ? -points : points;
        }
    }

    record AckedPosting(SentPosting sent, String entryId, long sequence, long balanceAfter) {

        static AckedPosting of(SentPosting sent, JsonNode entry) {
            return new AckedPosting(sent, entry.get("id").asString(), entry.get("sequence").asLong(),
                    entry.get("balanceAfter").asLong());
        }

        boolean matches(JsonNode entry) {
            return entry.get("id").asString().equals(entryId)
                    && entry.get("sequence").asLong() == sequence
                    && entry.get("balanceAfter").asLong() == balanceAfter
                    && entry.get("points").asLong() == sent.signedPoints()
                    && entry.get("customerId").asString().equals(sent.customerId());
        }
    }
}
