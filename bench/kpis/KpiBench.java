import dev.crm.CrmApplication;
import dev.crm.complaint.api.Channel;
import dev.crm.complaint.api.ComplaintRegistration;
import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.api.Grade;
import dev.crm.complaint.api.ImpactScope;
import dev.crm.complaint.application.ComplaintKpis;
import dev.crm.complaint.domain.Assignment;
import dev.crm.complaint.domain.Complaint;
import dev.crm.complaint.domain.DefaultSlaPolicies;
import dev.crm.complaint.domain.FollowUpOutcome;
import dev.crm.complaint.domain.KpiBucket;
import dev.crm.complaint.domain.KpiDimension;
import dev.crm.complaint.domain.KpiPeriod;
import dev.crm.complaint.domain.KpiQuery;
import dev.crm.complaint.domain.KpiResult;
import dev.crm.complaint.domain.SlaPolicyBook;
import dev.crm.complaint.domain.SlaSettings;
import dev.crm.complaint.persistence.KpiAggregations;
import dev.crm.complaint.persistence.KpiFacts;
import dev.crm.customer.api.CustomerActivity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Loads N complaints received over 2025 (plus orders and answered surveys) into a fresh embedded
 * store, then times the KPI query for the year by month, without and with a breakdown.
 *
 * <p>Loading: 500 template complaints are lived through the aggregate's own commands (channels,
 * grades, types, first responses, resolutions, reopens, closes and open ones, with random
 * durations), stored as the application stores them, and each of the N documents is a copy of a
 * random template with every date shifted to a random receipt in 2025, its own number, owner and
 * department, and 5 % marked as repeats. One raw {@code insertMany} per 5,000 documents.
 * Usage (see kpis.sh): KpiBench <complaints>
 */
public class KpiBench {

    private static final boolean FACTS_ONLY = "1".equals(System.getenv("KPI_BENCH_FACTS_ONLY"));

    private static final Instant YEAR_START = Instant.parse("2025-01-01T00:00:00Z");
    private static final long YEAR_MILLIS = Duration.ofDays(365).toMillis();
    private static final Channel[] CHANNELS = {Channel.PHONE, Channel.PHONE, Channel.EMAIL, Channel.WEB_FORM,
            Channel.APP, Channel.WECHAT, Channel.ONLINE_CHAT, Channel.SMS};
    private static final String[] DEPARTMENTS = {"frontline", "returns", "billing", "logistics", "after-sales",
            "quality", "it", "legal"};
    private static final int TEMPLATES = 500;
    private static final int BATCH = 5_000;

    /** The store, for its server status after each query. */
    private static MongoTemplate store;

    public static void main(String[] args) throws Exception {
        int complaints = Integer.parseInt(args[0]);
        // A data directory given and already loaded with as many complaints is reused (query timing only).
        Path data = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("crm-bench-kpis");
        Files.createDirectories(data);
        Path loaded = data.resolve("kpi-bench-loaded-" + complaints);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CrmApplication.class).run(
                "--server.port=0", "--crm.data-dir=" + data, "--crm.plugins.dir=" + data.resolve("plugins"),
                "--crm.security.admin-password=Bench-lantern-2026", "--crm.complaint.escalation-enabled=false",
                "--crm.complaint.kpi-report.enabled=false", "--crm.customer.value.scoring-enabled=false",
                "--crm.channels.delivery.enabled=false", "--crm.channels.polling.enabled=false",
                "--crm.complaint.kpi-facts.catch-up-enabled=false", "--crm.complaint.problems.detection-enabled=false",
                "--crm.complaint.crisis.watch-enabled=false", "--crm.complaint.survey.pass-enabled=false",
                "--crm.complaint.retention.enabled=false",
                "--logging.level.root=WARN")) {
            MongoTemplate mongo = app.getBean(MongoTemplate.class);
            store = mongo;
            if (Files.exists(loaded)) {
                System.out.printf("reusing the %d complaints loaded in %s%n", complaints, data);
            } else {
                load(mongo, complaints);
                Files.writeString(loaded, "loaded");
            }
            // The copies went in raw with their facts, as the save listener writes them; the
            // catch-up then only compares every complaint's version with its fact's.
            // KPI_BENCH_QUICK=1 (for a million): no catch-up, no pipeline-by-pipeline timing, and only
            // the year by month, the year by agent and one month.
            boolean quick = "1".equals(System.getenv("KPI_BENCH_QUICK"));
            ComplaintKpis kpis = app.getBean(ComplaintKpis.class);
            LocalDate today = LocalDate.parse("2026-06-01");
            if (quick) {
                time(kpis, KpiQuery.of(KpiPeriod.MONTH, LocalDate.parse("2025-01-01"),
                        LocalDate.parse("2025-12-31"), null, today, 366), "year by month");
                time(kpis, KpiQuery.of(KpiPeriod.MONTH, LocalDate.parse("2025-01-01"),
                        LocalDate.parse("2025-12-31"), KpiDimension.AGENT, today, 366), "year by month, groupBy AGENT");
                time(kpis, KpiQuery.of(KpiPeriod.MONTH, LocalDate.parse("2025-03-01"),
                        LocalDate.parse("2025-03-31"), null, today, 366), "one month");
                Runtime runtime = Runtime.getRuntime();
                System.out.printf("heap in use at the end: %d MiB of max %d MiB%n",
                        (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
                System.exit(0);
            }
            KpiFacts facts = app.getBean(KpiFacts.class);
            long catchUpStart = System.nanoTime();
            KpiFacts.CatchUp caughtUp = facts.catchUp();
            System.out.printf("KPI facts catch-up: %d complaints read, %d facts written in %.1f s%n",
                    caughtUp.complaints(), caughtUp.written(), (System.nanoTime() - catchUpStart) / 1e9);
            timeAggregations(app);

            time(kpis, KpiQuery.of(KpiPeriod.MONTH, LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"),
                    null, today, 366), "year by month (first run)");
            time(kpis, KpiQuery.of(KpiPeriod.MONTH, LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"),
                    null, today, 366), "year by month");
            for (KpiDimension dimension : List.of(KpiDimension.CHANNEL, KpiDimension.DEPARTMENT, KpiDimension.AGENT)) {
                time(kpis, KpiQuery.of(KpiPeriod.MONTH, LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"),
                        dimension, today, 366), "year by month, groupBy " + dimension);
            }
            time(kpis, KpiQuery.of(KpiPeriod.DAY, LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"),
                    null, today, 366), "year by day (365 buckets)");
            time(kpis, KpiQuery.of(KpiPeriod.MONTH, LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-31"),
                    null, today, 366), "one month");
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("heap in use at the end: %d MiB of max %d MiB%n",
                    (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
        }
        System.exit(0);
    }

    private static void load(MongoTemplate mongo, int complaints) {
        SplittableRandom random = new SplittableRandom(42);
        long loadStart = System.nanoTime();
        List<Document> templates = templates(mongo, random);
        List<Document> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < complaints; i++) {
            batch.add(copy(templates.get(random.nextInt(templates.size())), i, random));
            if (batch.size() == BATCH) {
                insertWithFacts(mongo, batch);
                batch.clear();
                if ((i + 1) % 100_000 == 0) {
                    System.out.printf("  %d complaints loaded, %.0f s%n", i + 1, (System.nanoTime() - loadStart) / 1e9);
                }
            }
        }
        if (!batch.isEmpty()) {
            insertWithFacts(mongo, batch);
        }
        double complaintSeconds = (System.nanoTime() - loadStart) / 1e9;
        int orders = complaints / 2;
        int surveys = complaints / 4;
        long sideStart = System.nanoTime();
        insertOrders(mongo, orders, random);
        insertSurveys(mongo, surveys, complaints, random);
        System.out.printf("loaded %d complaints in %.1f s (%.0f/s); %d orders and %d surveys in %.1f s%n",
                complaints, complaintSeconds, complaints / complaintSeconds, orders, surveys,
                (System.nanoTime() - sideStart) / 1e9);
    }

    private static void insertWithFacts(MongoTemplate mongo, List<Document> complaints) {
        // KPI_BENCH_FACTS_ONLY=1: the pipelines read only the facts (and surveys, orders), never the
        // ~4 KB complaint documents, so a million load much faster without them.
        if (!FACTS_ONLY) {
            mongo.getCollection("complaints").insertMany(complaints);
        }
        mongo.getCollection(KpiFacts.FACTS).insertMany(complaints.stream().map(KpiFacts::factOf).toList());
    }

    /** Each pipeline alone, year by month, to see where the time goes. */
    private static void timeAggregations(ConfigurableApplicationContext app) {
        KpiAggregations aggregations = app.getBean(KpiAggregations.class);
        CustomerActivity activity = app.getBean(CustomerActivity.class);
        List<KpiBucket> months = KpiQuery.of(KpiPeriod.MONTH, LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-12-31"), null, LocalDate.parse("2026-06-01"), 366).buckets(ZoneOffset.UTC);
        List<Instant> edges = new ArrayList<>();
        months.forEach(bucket -> edges.add(bucket.start()));
        edges.add(months.get(months.size() - 1).end());
        Instant now = Instant.parse("2026-06-01T00:00:00Z");
        long start = System.nanoTime();
        aggregations.complaints(months, null, null, now);
        System.out.printf("  complaints pipeline  %7d ms%n", (System.nanoTime() - start) / 1_000_000);
        start = System.nanoTime();
        aggregations.surveys(months, null, null);
        System.out.printf("  surveys pipeline     %7d ms%n", (System.nanoTime() - start) / 1_000_000);
        start = System.nanoTime();
        activity.perInterval(edges);
        System.out.printf("  orders pipeline      %7d ms%n", (System.nanoTime() - start) / 1_000_000);
        start = System.nanoTime();
        aggregations.backlog(Instant.parse("2026-01-01T00:00:00Z"), null, null);
        System.out.printf("  backlog pipeline     %7d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    private static void time(ComplaintKpis kpis, KpiQuery query, String what) {
        long start = System.nanoTime();
        KpiResult result = kpis.compute(query);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long counted = result.buckets().stream().flatMap(bucket -> bucket.groups().stream())
                .mapToLong(group -> group.figures().complaints()).sum();
        int groups = result.buckets().get(0).groups().size();
        System.out.printf("KPI %-38s %7d ms  (%d buckets x %d groups, %d complaints counted)%n", what, millis,
                result.buckets().size(), groups, counted);
        reportMemory();
    }

    /** Heap still reachable after a full collection, and the store's open cursors (each holds its results). */
    private static void reportMemory() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        Document status = store.getDb().runCommand(new Document("serverStatus", 1));
        Object cursors = status.get("metrics", Document.class).get("cursor", Document.class)
                .get("open", Document.class).get("total");
        System.out.printf("    live heap after GC %d MiB, open cursors in the store %s%n",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, cursors);
    }

    /** Complaints lived through the aggregate, as stored documents; all received at YEAR_START. */
    private static List<Document> templates(MongoTemplate mongo, SplittableRandom random) {
        SlaSettings sla = new SlaSettings(new SlaPolicyBook(DefaultSlaPolicies.all()), 0.8, Duration.ofHours(24),
                null);
        List<Document> templates = new ArrayList<>();
        Grade[] grades = Grade.values();
        ComplaintType[] types = ComplaintType.values();
        for (int t = 0; t < TEMPLATES; t++) {
            Instant r = YEAR_START;
            Channel channel = CHANNELS[random.nextInt(CHANNELS.length)];
            ComplaintRegistration registration = new ComplaintRegistration(null, channel, null, r, null,
                    "+86138" + (10_000_000 + t), "Parcel arrived damaged, the box was crushed on one side",
                    "Send a replacement", "A working product", r.minus(Duration.ofHours(3)),
                    ImpactScope.SINGLE_CUSTOMER, "ORDER-" + t, null, null);
            Complaint complaint = Complaint.register("TEMPLATE-" + t, registration, "cust-" + t, null, "bench", r,
                    sla);
            String agent = "agent-" + random.nextInt(50);
            complaint.accept(agent, r.plus(minutes(random, 1, 120)));
            int fate = random.nextInt(100);
            if (fate < 5) {
                templates.add(stored(mongo, complaint));
                continue;
            }
            Duration assessed = minutes(random, 5, 600);
            complaint.assess(grades[random.nextInt(grades.length)], types[Math.min(random.nextInt(10), 7)], "plan",
                    agent, r.plus(assessed), sla);
            Duration responded = assessed.plus(minutes(random, 1, 3000));
            complaint.assign(new Assignment(agent, "frontline", null, null), agent, r.plus(responded));
            complaint.start(agent, r.plus(responded));
            if (fate < 12) {
                templates.add(stored(mongo, complaint));
                continue;
            }
            Duration resolved = responded.plus(minutes(random, 30, 8000));
            complaint.resolve("Replacement sent", "email", agent, r.plus(resolved), sla);
            if (fate < 15) {
                complaint.reopen("Replacement damaged too", agent, r.plus(resolved).plus(Duration.ofDays(2)));
            } else if (fate < 70) {
                Duration closed = resolved.plus(minutes(random, 60, 2000));
                complaint.startFollowUp(agent, r.plus(closed));
                complaint.close(new FollowUpOutcome(FollowUpOutcome.Result.SATISFIED, 1, null), 3, agent,
                        r.plus(closed));
            }
            templates.add(stored(mongo, complaint));
        }
        mongo.getCollection("complaints").deleteMany(new Document("number", new Document("$regex", "^TEMPLATE-")));
        return templates;
    }

    private static Document stored(MongoTemplate mongo, Complaint complaint) {
        Document document = new Document();
        mongo.getConverter().write(complaint, document);
        document.remove("_id");
        return document;
    }

    private static Document copy(Document template, int i, SplittableRandom random) {
        long shift = (long) (random.nextDouble() * YEAR_MILLIS);
        Document copy = (Document) shifted(template, shift);
        copy.put("_id", new ObjectId());
        copy.put("number", String.format("C-2025-%07d", i));
        String agent = "agent-" + random.nextInt(50);
        copy.put("owner", agent);
        Object assignment = copy.get("assignment");
        if (assignment instanceof Document handling) {
            handling.put("handler", agent);
            handling.put("department", DEPARTMENTS[random.nextInt(DEPARTMENTS.length)]);
        }
        copy.put("customerId", "cust-" + random.nextInt(200_000));
        if (random.nextInt(100) < 5) {
            copy.put("repeatOf", String.format("C-2025-%07d", Math.max(0, i - 1 - random.nextInt(1000))));
        }
        return copy;
    }

    /** A deep copy with every date moved by {@code millis}, so all durations stay as lived. */
    private static Object shifted(Object value, long millis) {
        if (value instanceof Date date) {
            return new Date(date.getTime() + millis);
        }
        if (value instanceof Document document) {
            Document copy = new Document();
            for (Map.Entry<String, Object> entry : document.entrySet()) {
                copy.put(entry.getKey(), shifted(entry.getValue(), millis));
            }
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(shifted(item, millis)));
            return copy;
        }
        return value;
    }

    private static void insertOrders(MongoTemplate mongo, int orders, SplittableRandom random) {
        List<Document> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < orders; i++) {
            batch.add(new Document("_id", "SO-" + i).append("customerId", "cust-" + random.nextInt(200_000))
                    .append("orderedAt", new Date(YEAR_START.toEpochMilli() + (long) (random.nextDouble() * YEAR_MILLIS)))
                    .append("amount", new org.bson.types.Decimal128(new java.math.BigDecimal("129.90")))
                    .append("currency", "CNY"));
            if (batch.size() == BATCH) {
                mongo.getCollection("orders").insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            mongo.getCollection("orders").insertMany(batch);
        }
    }

    private static void insertSurveys(MongoTemplate mongo, int surveys, int complaints, SplittableRandom random) {
        String[] kinds = {"POST_RESOLUTION", "POST_RESOLUTION", "POST_RESOLUTION", "RELATIONSHIP"};
        List<Document> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < surveys; i++) {
            Date answered = new Date(YEAR_START.toEpochMilli() + (long) (random.nextDouble() * YEAR_MILLIS));
            batch.add(new Document("kind", kinds[random.nextInt(kinds.length)])
                    .append("complaintNumber", String.format("C-2025-%07d", random.nextInt(complaints)))
                    .append("customerId", "cust-" + random.nextInt(200_000))
                    .append("channel", CHANNELS[random.nextInt(CHANNELS.length)].name())
                    .append("department", DEPARTMENTS[random.nextInt(DEPARTMENTS.length)])
                    .append("agent", "agent-" + random.nextInt(50))
                    .append("createdAt", new Date(answered.getTime() - 3_600_000))
                    .append("answeredAt", answered)
                    .append("csat", 1 + random.nextInt(5))
                    .append("nps", random.nextInt(10) < 8 ? random.nextInt(11) : null)
                    .append("status", "ANSWERED")
                    .append("origin", "bench:" + i));
            if (batch.size() == BATCH) {
                mongo.getCollection("surveys").insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            mongo.getCollection("surveys").insertMany(batch);
        }
    }

    private static Duration minutes(SplittableRandom random, int min, int max) {
        return Duration.ofMinutes(min + random.nextInt(max - min));
    }
}
