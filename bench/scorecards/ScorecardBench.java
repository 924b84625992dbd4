import dev.crm.CrmApplication;
import dev.crm.complaint.api.Channel;
import dev.crm.complaint.api.ComplaintRegistration;
import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.api.Grade;
import dev.crm.complaint.api.ImpactScope;
import dev.crm.complaint.domain.Assignment;
import dev.crm.complaint.domain.Complaint;
import dev.crm.complaint.domain.DefaultSlaPolicies;
import dev.crm.complaint.domain.FollowUpOutcome;
import dev.crm.complaint.domain.SlaPolicyBook;
import dev.crm.complaint.domain.SlaSettings;
import dev.crm.complaint.persistence.KpiFacts;
import dev.crm.training.api.Scorecard;
import dev.crm.training.application.Scorecards;
import dev.crm.training.domain.ReviewPeriod;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
 * Loads N complaints received over 2025-Q1, owned by 1,000 agents (as KpiBench: 500 templates lived
 * through the aggregate, copies with shifted dates, raw insertMany of the complaints and their KPI
 * facts), N/4 answered surveys about those agents and 3 QA reviews per agent, then times the
 * scorecards of all 1,000 agents for the quarter through the application service (one grouped pass).
 * Usage (see scorecards.sh): ScorecardBench <complaints> [data-dir]
 */
public class ScorecardBench {

    private static final boolean FACTS_ONLY = "1".equals(System.getenv("KPI_BENCH_FACTS_ONLY"));

    private static final Instant YEAR_START = Instant.parse("2025-01-01T00:00:00Z");
    private static final long QUARTER_MILLIS = Duration.ofDays(89).toMillis();
    private static final int AGENTS = 1_000;
    private static final Channel[] CHANNELS = {Channel.PHONE, Channel.PHONE, Channel.EMAIL, Channel.WEB_FORM,
            Channel.APP, Channel.WECHAT, Channel.ONLINE_CHAT, Channel.SMS};
    private static final String[] DEPARTMENTS = {"frontline", "returns", "billing", "logistics", "after-sales",
            "quality", "it", "legal"};
    private static final int TEMPLATES = 500;
    private static final int BATCH = 5_000;

    public static void main(String[] args) throws Exception {
        int complaints = Integer.parseInt(args[0]);
        Path data = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("crm-bench-scorecards");
        Files.createDirectories(data);
        Path loaded = data.resolve("scorecard-bench-loaded-" + complaints);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CrmApplication.class).run(
                "--server.port=0", "--crm.data-dir=" + data, "--crm.plugins.dir=" + data.resolve("plugins"),
                "--crm.security.admin-password=Bench-lantern-2026", "--crm.complaint.escalation-enabled=false",
                "--crm.complaint.kpi-report.enabled=false", "--crm.customer.value.scoring-enabled=false",
                "--crm.channels.delivery.enabled=false", "--crm.channels.polling.enabled=false",
                "--crm.complaint.kpi-facts.catch-up-enabled=false", "--crm.complaint.problems.detection-enabled=false",
                "--crm.complaint.crisis.watch-enabled=false", "--crm.complaint.survey.pass-enabled=false",
                "--crm.complaint.retention.enabled=false", "--crm.training.remedial.enabled=false",
                "--crm.training.certificates.enabled=false",
                "--logging.level.root=WARN")) {
            MongoTemplate mongo = app.getBean(MongoTemplate.class);
            if (Files.exists(loaded)) {
                System.out.printf("reusing the %d complaints loaded in %s%n", complaints, data);
            } else {
                load(mongo, complaints);
                Files.writeString(loaded, "loaded");
            }
            Scorecards scorecards = app.getBean(Scorecards.class);
            List<String> agents = new ArrayList<>();
            for (int a = 0; a < AGENTS; a++) {
                agents.add("agent-" + a);
            }
            ReviewPeriod quarter = ReviewPeriod.parse("2025-Q1", "period");
            for (String run : List.of("first run", "second run")) {
                long start = System.nanoTime();
                List<Scorecard> cards = scorecards.compute(agents, quarter);
                long millis = (System.nanoTime() - start) / 1_000_000;
                long handled = cards.stream().mapToLong(c -> c.kpis().handled()).sum();
                long reviews = cards.stream().mapToLong(c -> c.qa().reviews()).sum();
                System.out.printf("scorecards of %d agents for 2025-Q1 (%s): %d ms (%d complaints, %d reviews counted)%n",
                        cards.size(), run, millis, handled, reviews);
            }
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
            }
        }
        if (!batch.isEmpty()) {
            insertWithFacts(mongo, batch);
        }
        double seconds = (System.nanoTime() - loadStart) / 1e9;
        long sideStart = System.nanoTime();
        insertSurveys(mongo, complaints / 4, complaints, random);
        insertReviews(mongo, random);
        System.out.printf("loaded %d complaints in %.1f s (%.0f/s); %d surveys and %d QA reviews in %.1f s%n",
                complaints, seconds, complaints / seconds, complaints / 4, 3 * AGENTS,
                (System.nanoTime() - sideStart) / 1e9);
    }

    private static void insertWithFacts(MongoTemplate mongo, List<Document> complaints) {
        // KPI_BENCH_FACTS_ONLY=1: the scorecards read the facts (and surveys, QA reviews), never the
        // ~4 KB complaint documents, so a million load much faster without them.
        if (!FACTS_ONLY) {
            mongo.getCollection("complaints").insertMany(complaints);
        }
        mongo.getCollection(KpiFacts.FACTS).insertMany(complaints.stream().map(KpiFacts::factOf).toList());
    }

    private static void insertSurveys(MongoTemplate mongo, int surveys, int complaints, SplittableRandom random) {
        List<Document> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < surveys; i++) {
            Date answered = new Date(YEAR_START.toEpochMilli() + (long) (random.nextDouble() * QUARTER_MILLIS));
            batch.add(new Document("kind", "POST_RESOLUTION")
                    .append("complaintNumber", String.format("C-2025-%07d", random.nextInt(complaints)))
                    .append("customerId", "cust-" + random.nextInt(200_000))
                    .append("channel", CHANNELS[random.nextInt(CHANNELS.length)].name())
                    .append("department", DEPARTMENTS[random.nextInt(DEPARTMENTS.length)])
                    .append("agent", "agent-" + random.nextInt(AGENTS))
                    .append("createdAt", new Date(answered.getTime() - 3_600_000))
                    .append("answeredAt", answered)
                    .append("csat", 1 + random.nextInt(5))
                    .append("nps", random.nextInt(11))
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

    /** Three reviews per agent, in the shape the training module stores them. */
    private static void insertReviews(MongoTemplate mongo, SplittableRandom random) {
        List<Document> reviews = new ArrayList<>();
        for (int a = 0; a < AGENTS; a++) {
            for (int r = 0; r < 3; r++) {
                Date at = new Date(YEAR_START.toEpochMilli() + (long) (random.nextDouble() * QUARTER_MILLIS));
                reviews.add(new Document("_id", "qa-" + a + "-" + r).append("reviewee", "agent-" + a)
                        .append("reviewer", "lead-" + (a / 20)).append("complaintNumber", "C-2025-0000000")
                        .append("interactionAt", at)
                        .append("scores", new Document("informationAccuracy", 1 + random.nextInt(5))
                                .append("correctResolution", 1 + random.nextInt(5))
                                .append("attitude", 1 + random.nextInt(5)).append("courtesy", 1 + random.nextInt(5)))
                        .append("reviewedAt", at));
            }
        }
        mongo.getCollection("training_qa_reviews").insertMany(reviews);
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
        long shift = (long) (random.nextDouble() * QUARTER_MILLIS);
        Document copy = (Document) shifted(template, shift);
        copy.put("_id", new ObjectId());
        copy.put("number", String.format("C-2025-%07d", i));
        String agent = "agent-" + random.nextInt(AGENTS);
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

    private static Duration minutes(SplittableRandom random, int min, int max) {
        return Duration.ofMinutes(min + random.nextInt(max - min));
    }
}
