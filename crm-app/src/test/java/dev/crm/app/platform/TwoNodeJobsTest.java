package dev.crm.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import dev.crm.CrmApplication;
import dev.crm.app.channels.DeliveryWorker;
import dev.crm.app.store.EmbeddedMongoStore;
import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiResponse;
import dev.crm.app.support.WebhookReceiver;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.util.FileSystemUtils;

/**
 * Two complete application nodes in this JVM on one database, as in production with two replicas:
 * node A owns the embedded store (its data directory), node B connects to A's store over loopback
 * with {@code spring.mongodb.uri} (only one process may open the file). Every scheduled job the
 * issue names runs on both nodes at short intervals: SLA escalation, outbox delivery (through the
 * bundled webhook plugin to a local receiver), points expiry, the daily tier/CLV scoring run (its
 * cron fires every second on both), and the retention purge. Load goes through both nodes' HTTP
 * APIs, alternating; time moves with a clock both contexts share. Then every item must have been
 * handled exactly once — and each node must have claimed work itself, so "once" is not merely
 * one node doing everything.
 */
class TwoNodeJobsTest {

    private static final String PASSWORD = "Twin-harbour-2026";
    private static final String CHANNEL = "staff"; // where SLA notifications go (SlaNotifications)
    private static final int OPEN_COMPLAINTS = 16;
    private static final int CLOSED_COMPLAINTS = 4;
    private static final int TEST_MESSAGES = 30;
    private static final int POINTS_CUSTOMERS = 8;
    private static final int ORDER_CUSTOMERS = 8;

    private static final MovableClock CLOCK = new MovableClock();
    private static final Map<String, LeaseClaims> CLAIMS = new HashMap<>();
    private static final List<Path> DIRECTORIES = new ArrayList<>();
    private static WebhookReceiver receiver;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static MongoOperations mongo;

    @BeforeAll
    static void startTwoNodes() throws IOException {
        receiver = new WebhookReceiver();
        int storePort = freePort();
        nodeA = start("A", Map.of("crm.data-dir", directory("crm-two-nodes-data").toString(),
                "crm.store-port", String.valueOf(storePort)));
        EmbeddedMongoStore store = nodeA.getBean(EmbeddedMongoStore.class);
        assertThat(store.address().getPort()).as("crm.store-port fixes the embedded store's port").isEqualTo(storePort);
        nodeB = start("B", Map.of("spring.mongodb.uri", store.connectionString("crm")));
        assertThat(nodeB.getBeanProvider(EmbeddedMongoStore.class).getIfAvailable())
                .as("node B opens no store of its own").isNull();
        mongo = nodeA.getBean(MongoOperations.class);
    }

    @AfterAll
    static void stopNodes() {
        // B first: it is a client of A's store.
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
        if (receiver != null) {
            receiver.close();
        }
        DIRECTORIES.forEach(directory -> FileSystemUtils.deleteRecursively(directory.toFile()));
    }

    @Test
    void everyScheduledJobHandlesEachItemExactlyOnceAcrossTwoNodes() {
        ApiClient adminA = admin(nodeA);
        ApiClient adminB = admin(nodeB);
        List<ApiClient> admins = List.of(adminA, adminB);
        ApiResponse channel = adminA.put("/api/v1/channels/" + CHANNEL, Map.of("adapter", "webhook",
                "settings", Map.of("target-url", receiver.url()), "secrets", Map.of("signing-secret",
                        "whsec-two-nodes-0123456789")));
        assertThat(channel.status()).as("%s", channel).isEqualTo(200);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String agent = "agent-" + suffix;
        String agentPassword = "Secret-" + suffix + "-42x";
        ApiResponse opened = adminB.post("/api/v1/staff", Map.of("username", agent, "password", agentPassword,
                "displayName", "Agent " + suffix, "roles", List.of("AGENT")));
        assertThat(opened.status()).as("%s", opened).isEqualTo(201);
        List<ApiClient> agents = List.of(ApiClient.signedIn(url(nodeA), agent, agentPassword),
                ApiClient.signedIn(url(nodeB), agent, agentPassword));

        // Load, every other request through the other node.
        List<String> open = new ArrayList<>();
        for (int i = 0; i < OPEN_COMPLAINTS; i++) {
            open.add(register(agents.get(i % 2)));
        }
        List<String> closed = new ArrayList<>();
        for (int i = 0; i < CLOSED_COMPLAINTS; i++) {
            closed.add(closeNew(agents.get(i % 2), agents.get((i + 1) % 2)));
        }
        for (int i = 0; i < TEST_MESSAGES; i++) {
            ApiResponse queued = admins.get(i % 2).post("/api/v1/channels/" + CHANNEL + "/test-message",
                    Map.of("recipient", "duty-desk", "subject", "Shift note", "body", "Note " + i));
            assertThat(queued.status()).as("%s", queued).isEqualTo(202);
        }
        Instant now = CLOCK.instant();
        List<String> pointsCustomers = new ArrayList<>();
        for (int i = 0; i < POINTS_CUSTOMERS; i++) {
            ApiClient admin = admins.get(i % 2);
            String customer = admin.post("/api/v1/customers", Map.of("displayName", "Member " + i)).body()
                    .get("id").asString();
            pointsCustomers.add(customer);
            earn(admins.get((i + 1) % 2), customer, 100, now.plus(Duration.ofHours(20)));
            earn(admin, customer, 40, now.plus(Duration.ofHours(22)));
            earn(admins.get((i + 1) % 2), customer, 25, null);
        }
        for (int i = 0; i < ORDER_CUSTOMERS * 2; i++) {
            int customer = i % ORDER_CUSTOMERS;
            ApiResponse order = admins.get(i % 2).post("/api/v1/orders", Map.of("customerRef",
                    "ERP-2N-" + customer, "orderRef", "SO-2N-" + i, "orderedAt", now.minus(Duration.ofDays(30L + i))
                            .toString(), "amount", String.valueOf(50 + 10 * i), "currency", "CNY"));
            assertThat(order.status()).as("%s", order).isEqualTo(201);
        }
        awaitQuiet();

        // +26 h: ACCEPT breached (tier 1), both lots of every account expired, a new day to score.
        CLOCK.advance(Duration.ofHours(26));
        awaitUntil("accept breaches, expiries and the day's scoring run", () ->
                open.stream().allMatch(number -> events(number).stream().anyMatch(e -> e.startsWith("BREACH:ACCEPT")))
                        && mongo.count(Query.query(where("type").is("EXPIRY")), "loyalty_ledger") == 2L * POINTS_CUSTOMERS
                        && scoringRunFinishedFor(today()));
        awaitQuiet();
        // +51 h: ACCEPT escalates a tier, ANALYSIS (48 h) is breached.
        CLOCK.advance(Duration.ofHours(25));
        awaitUntil("escalations", () -> open.stream().allMatch(number -> events(number).stream()
                .anyMatch(e -> e.startsWith("ESCALATION:ACCEPT:2"))));
        awaitQuiet();
        // Three years and a day later: the closed complaints' retention has ended; everything still
        // open is escalated to the top tier; the lots without an explicit expiry (24 months) expire;
        // another day to score.
        CLOCK.advance(Duration.ofDays(3 * 366));
        awaitUntil("anonymisation, top-tier escalations, the last expiries", () ->
                closed.stream().allMatch(number -> complaint(number).get("anonymisedAt") != null)
                        && mongo.count(Query.query(where("type").is("EXPIRY")), "loyalty_ledger") == 3L * POINTS_CUSTOMERS
                        && open.stream().allMatch(number -> events(number).contains("ESCALATION:ACCEPT:3"))
                        && scoringRunFinishedFor(today()));
        awaitQuiet();

        // SLA escalation: every event (kind, milestone, tier) once per complaint.
        for (String number : open) {
            List<String> events = events(number);
            assertThat(events).as("SLA events of %s", number).doesNotHaveDuplicates()
                    .contains("BREACH:ACCEPT:1", "ESCALATION:ACCEPT:2", "ESCALATION:ACCEPT:3");
        }
        // Outbox delivery: every message on the channel sent in one attempt, received once.
        List<Document> messages = mongo.find(Query.query(where("channel").is(CHANNEL)), Document.class,
                "outbound_messages");
        assertThat(messages).hasSizeGreaterThanOrEqualTo(TEST_MESSAGES + 3 * OPEN_COMPLAINTS);
        // One SENT attempt each; a failed attempt before it (a send cut off by the call timeout on a
        // starved machine) is a retry, not a second delivery — the receiver's count below decides that.
        assertThat(messages).allSatisfy(message -> {
            assertThat(message.getString("status")).isEqualTo("SENT");
            assertThat(message.getList("history", Document.class)).filteredOn(a -> "SENT".equals(a.getString("outcome")))
                    .hasSize(1);
        });
        Map<String, Integer> received = receiver.countsById();
        assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(
                messages.stream().map(m -> m.get("_id").toString()).toList());
        assertThat(received.values()).as("deliveries per message").containsOnly(1);
        assertThat(receiver.received()).hasSize(messages.size());
        // Points expiry: one EXPIRY entry per expired lot, balance the sum of the entries.
        for (String customer : pointsCustomers) {
            List<Document> entries = mongo.find(Query.query(where("customerId").is(customer)), Document.class,
                    "loyalty_ledger");
            assertThat(entries.stream().filter(e -> "EXPIRY".equals(e.getString("type"))).map(e -> e.getString("sourceRef")))
                    .containsExactlyInAnyOrder("expiry:" + customer + ":1", "expiry:" + customer + ":2",
                            "expiry:" + customer + ":3");
            long sum = entries.stream().mapToLong(e -> ((Number) e.get("points")).longValue()).sum();
            long balance = adminB.get("/api/v1/loyalty/accounts/" + customer).body().get("balance").asLong();
            assertThat(balance).as("balance of %s", customer).isEqualTo(sum).isZero();
        }
        // Scoring: one run per day, and each run values every customer once.
        List<Document> runs = mongo.find(Query.query(where("kind").is("customer-scoring")), Document.class, "jobs");
        List<String> days = runs.stream().map(run -> run.get("result", Document.class).getString("asOf")).toList();
        assertThat(days).as("scoring days").doesNotHaveDuplicates().hasSize(
                (int) mongo.count(new Query(), "customer_scoring_days")).hasSizeGreaterThanOrEqualTo(2);
        long customers = mongo.count(new Query(), "customers");
        Document last = runs.stream().filter(run -> today().equals(run.get("result", Document.class).getString("asOf")))
                .findFirst().orElseThrow();
        assertThat(((Number) last.get("result", Document.class).get("customersScored")).longValue()).isEqualTo(customers);
        Set<String> tiered = new java.util.HashSet<>();
        for (Document run : runs) {
            String job = run.get("_id").toString();
            List<String> changes = mongo.find(Query.query(where("scoringJobId").is(job)), Document.class,
                    "customer_value_changes").stream().map(c -> c.getString("customerId") + ":" + c.getString("kind"))
                    .toList();
            assertThat(changes).as("value changes of run %s", job).doesNotHaveDuplicates();
            changes.stream().filter(change -> change.endsWith(":TIER")).forEach(tiered::add);
        }
        assertThat(tiered).as("customers given their first tier, once each").hasSize((int) customers);
        // Retention: each closed complaint anonymised once.
        for (String number : closed) {
            long anonymisations = mongo.count(Query.query(where("recordType").is("Complaint").and("recordId").is(number)
                    .and("action").is("complaint.anonymised")), "audit_log");
            assertThat(anonymisations).as("anonymisations of %s", number).isEqualTo(1);
        }
        // Both nodes did work: "once" is not one node doing everything.
        Map<String, Long> sentBy = messages.stream().collect(Collectors.groupingBy(
                m -> m.getList("history", Document.class).stream().filter(a -> "SENT".equals(a.getString("outcome")))
                        .findFirst().orElseThrow().getString("worker"), Collectors.counting()));
        assertThat(sentBy.keySet()).as("delivery workers").containsExactlyInAnyOrder(
                nodeA.getBean(DeliveryWorker.class).worker(), nodeB.getBean(DeliveryWorker.class).worker());
        Map<String, Map<String, Long>> claims = new HashMap<>();
        CLAIMS.forEach((node, log) -> claims.put(node, log.byJob()));
        System.out.println("Two-node claims per job: " + claims + "; messages sent per worker: " + sentBy);
        assertThat(claims.get("A").getOrDefault("escalation", 0L)).as("escalation claims of node A").isPositive();
        assertThat(claims.get("B").getOrDefault("escalation", 0L)).as("escalation claims of node B").isPositive();
        assertThat(claims.get("A").getOrDefault("scoring-day", 0L) + claims.get("B").getOrDefault("scoring-day", 0L))
                .isEqualTo(days.size());
        for (String job : List.of("expiry", "retention")) {
            assertThat(claims.get("A").getOrDefault(job, 0L) + claims.get("B").getOrDefault(job, 0L))
                    .as("%s claims", job).isPositive();
        }
    }

    // --- load helpers ---

    private static String register(ApiClient agent) {
        ApiResponse created = agent.post("/api/v1/complaints", Map.of("channel", "PHONE", "contactHint", "+8613800000000",
                "description", "The kettle stopped heating", "customerDemand", "Replace the kettle",
                "occurredAt", CLOCK.instant().minus(Duration.ofDays(1)).toString(), "impactScope", "SINGLE_CUSTOMER"));
        assertThat(created.status()).as("registering: %s", created).isEqualTo(201);
        return created.body().get("number").asString();
    }

    /** Registered through one node, worked to closed through both. */
    private static String closeNew(ApiClient one, ApiClient other) {
        String number = register(one);
        String path = "/api/v1/complaints/" + number + "/";
        assertThat(one.post(path + "accept", Map.of()).status()).isEqualTo(200);
        assertThat(other.post(path + "assess", Map.of("grade", "LEVEL_2", "type", "PRODUCT_QUALITY")).status())
                .isEqualTo(200);
        assertThat(one.post(path + "assign", Map.of("department", "after-sales")).status()).isEqualTo(200);
        assertThat(other.post(path + "start", Map.of()).status()).isEqualTo(200);
        assertThat(one.post(path + "resolve", Map.of("solution", "A new kettle was sent", "customerNotifiedVia", "phone"))
                .status()).isEqualTo(200);
        other.post(path + "follow-up", Map.of());
        ApiResponse closed = one.post(path + "close", Map.of("result", "SATISFIED", "attempts", 1));
        assertThat(closed.status()).as("closing: %s", closed).isEqualTo(200);
        return number;
    }

    private static void earn(ApiClient admin, String customer, long points, Instant expiresAt) {
        Map<String, Object> body = new HashMap<>(Map.of("type", "EARN", "points", points, "kind", "PURCHASE"));
        if (expiresAt != null) {
            body.put("expiresAt", expiresAt.toString());
        }
        ApiResponse posted = admin.postWithHeader("/api/v1/loyalty/accounts/" + customer + "/transactions",
                "Idempotency-Key", UUID.randomUUID().toString(), body);
        assertThat(posted.status()).as("earning: %s", posted).isEqualTo(201);
    }

    // --- observation helpers ---

    private static Document complaint(String number) {
        return mongo.findOne(Query.query(where("number").is(number)), Document.class, "complaints");
    }

    /** The complaint's SLA events as kind:milestone:tier. */
    private static List<String> events(String number) {
        List<Document> events = complaint(number).getList("slaEvents", Document.class, List.of());
        return events.stream().map(e -> e.getString("kind") + ":" + e.getString("milestone") + ":" + e.get("tier"))
                .toList();
    }

    private static String today() {
        return CLOCK.instant().atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static boolean scoringRunFinishedFor(String day) {
        return mongo.exists(Query.query(where("kind").is("customer-scoring").and("state").is("COMPLETED")
                .and("result.asOf").is(day)), "jobs");
    }

    /** Nothing in flight: no lease held, nothing waiting or being sent on the channel. */
    private static void awaitQuiet() {
        awaitUntil("quiet", () -> mongo.count(new Query(), "complaint_leases") == 0
                && mongo.count(new Query(), "loyalty_leases") == 0
                && !mongo.exists(Query.query(where("channel").is(CHANNEL).and("status").in("PENDING", "SENDING")),
                "outbound_messages")
                && !mongo.exists(Query.query(where("kind").is("customer-scoring").and("state").in("QUEUED", "RUNNING")),
                "jobs"));
    }

    private static void awaitUntil(String what, java.util.concurrent.Callable<Boolean> condition) {
        await(what).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(condition);
    }

    // --- nodes ---

    private static ConfigurableApplicationContext start(String name, Map<String, String> store) throws IOException {
        Map<String, String> properties = new HashMap<>(store);
        properties.put("server.port", "0");
        properties.put("crm.plugins.dir", directory("crm-two-nodes-plugins-" + name).toString());
        properties.put("crm.security.admin-password", PASSWORD);
        properties.put("crm.security.bcrypt-strength", "4");
        // The five jobs of the issue, on both nodes, every 200 ms; small batches so that both nodes
        // take part in a pass instead of one node claiming a whole batch before the other wakes.
        properties.put("crm.complaint.escalation-interval", "200ms");
        properties.put("crm.complaint.escalation-batch", "4");
        properties.put("crm.channels.delivery.interval", "200ms");
        properties.put("crm.channels.delivery.batch-size", "4");
        properties.put("crm.loyalty.points.expiry-interval", "200ms");
        properties.put("crm.loyalty.points.expiry-batch", "2");
        properties.put("crm.customer.value.scoring-cron", "* * * * * *");
        properties.put("crm.complaint.retention.interval", "200ms");
        properties.put("crm.complaint.retention.batch", "2");
        // The other passes are not part of this scenario (each has its own tests).
        for (String off : List.of("crm.complaint.survey.pass-enabled", "crm.complaint.kpi-report.enabled",
                "crm.complaint.kpi-facts.catch-up-enabled", "crm.channels.polling.enabled",
                "crm.complaint.problems.detection-enabled", "crm.complaint.crisis.watch-enabled",
                "crm.training.remedial.enabled", "crm.training.certificates.enabled", "crm.loyalty.points.check-enabled",
                "crm.loyalty.ledger-connection.enabled", "crm.complaint.goodwill.points-enabled",
                "crm.loyalty.order-earning.enabled", "crm.loyalty.level-review.enabled")) {
            properties.put(off, "false");
        }
        LeaseClaims claims = new LeaseClaims();
        CLAIMS.put(name, claims);
        // As command-line arguments: they win over application.properties (builder properties would not).
        String[] arguments = properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(CrmApplication.class)
                .initializers(context -> context.addBeanFactoryPostProcessor(beanFactory -> {
                    // Both nodes read the one clock the test moves.
                    BeanDefinitionRegistry registry = (BeanDefinitionRegistry) beanFactory;
                    registry.removeBeanDefinition("clock");
                    registry.registerBeanDefinition("clock",
                            BeanDefinitionBuilder.genericBeanDefinition(Clock.class, () -> CLOCK).getBeanDefinition());
                    beanFactory.registerSingleton("leaseClaims",
                            (MongoClientSettingsBuilderCustomizer) settings -> settings.addCommandListener(claims));
                }))
                .run(arguments);
    }

    private static ApiClient admin(ConfigurableApplicationContext node) {
        return ApiClient.signedIn(url(node), "admin", PASSWORD);
    }

    private static String url(ConfigurableApplicationContext node) {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static Path directory(String prefix) throws IOException {
        Path directory = Files.createTempDirectory(prefix);
        DIRECTORIES.add(directory);
        return directory;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** System time plus an offset the test advances; both nodes share the instance. */
    static final class MovableClock extends Clock {

        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        void advance(Duration by) {
            offset.updateAndGet(current -> current.plus(by));
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return zone.equals(getZone()) ? this : new Zoned(this, zone);
        }
    }

    /** The movable clock seen in another zone (the instant is the same). */
    private static final class Zoned extends Clock {

        private final Clock base;
        private final ZoneId zone;

        Zoned(Clock base, ZoneId zone) {
            this.base = base;
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            return base.instant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Zoned(base, other);
        }
    }

    /**
     * A node's successful lease claims, seen on the wire: an {@code insert} into a lease collection
     * that the server acknowledged without a write error is a claim this node won.
     */
    static final class LeaseClaims implements CommandListener {

        private static final Set<String> LEASE_COLLECTIONS = Set.of("complaint_leases", "loyalty_leases",
                "customer_scoring_days");
        private final Map<Integer, List<String>> inFlight = new ConcurrentHashMap<>();
        private final List<String> won = new CopyOnWriteArrayList<>();

        @Override
        public void commandStarted(CommandStartedEvent event) {
            BsonDocument command = event.getCommand();
            if (!"insert".equals(event.getCommandName()) || !command.containsKey("insert")
                    || !LEASE_COLLECTIONS.contains(command.getString("insert").getValue())) {
                return;
            }
            String collection = command.getString("insert").getValue();
            List<String> keys = new ArrayList<>();
            for (BsonValue document : command.getArray("documents", new org.bson.BsonArray())) {
                keys.add(collection + "|" + key(document.asDocument().get("_id")));
            }
            inFlight.put(event.getRequestId(), keys);
        }

        @Override
        public void commandSucceeded(CommandSucceededEvent event) {
            List<String> keys = inFlight.remove(event.getRequestId());
            if (keys != null && !event.getResponse().containsKey("writeErrors")) {
                won.addAll(keys);
            }
        }

        @Override
        public void commandFailed(com.mongodb.event.CommandFailedEvent event) {
            inFlight.remove(event.getRequestId());
        }

        private static String key(BsonValue id) {
            return id.isString() ? id.asString().getValue() : id.toString();
        }

        /** Claims won per job: escalation, retention, expiry, scoring-day. */
        Map<String, Long> byJob() {
            Function<String, String> job = claim -> {
                String collection = claim.substring(0, claim.indexOf('|'));
                String key = claim.substring(claim.indexOf('|') + 1);
                if (collection.equals("customer_scoring_days")) {
                    return "scoring-day";
                }
                int colon = key.indexOf(':');
                return colon < 0 ? "escalation" : key.substring(0, colon);
            };
            return won.stream().collect(Collectors.groupingBy(job, Collectors.counting()));
        }
    }
}
