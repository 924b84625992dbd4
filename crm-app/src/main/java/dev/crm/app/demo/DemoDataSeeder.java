package dev.crm.app.demo;

import dev.crm.app.demo.DemoStaff.Member;
import dev.crm.complaint.api.ComplaintState;
import dev.crm.core.api.StaffDirectory;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeds the demo data set once (issue 9, {@code crm.demo-data.enabled}): staff and organisation,
 * customers and a year of orders with their value scores, the loyalty program, complaints in every
 * state and the training records. Everything goes through the modules' use cases (their REST API,
 * see {@link DemoApi}); only the marker of the seeding is written directly, to crm-app's own
 * collection.
 */
public class DemoDataSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);
    private static final Duration JOB_WAIT = Duration.ofMinutes(3);

    private final DemoDataProperties properties;
    private final SeedingClock clock;
    private final StaffDirectory staffDirectory;
    private final DemoMarker marker;
    private final JsonMapper json;

    DemoDataSeeder(DemoDataProperties properties, SeedingClock clock, StaffDirectory staffDirectory,
                   MongoOperations mongo, JsonMapper json) {
        this.properties = properties;
        this.clock = clock;
        this.staffDirectory = staffDirectory;
        this.marker = new DemoMarker(mongo);
        this.json = json;
    }

    /**
     * @param baseUrl where this node's API answers
     * @return what was seeded, or empty when the data set was seeded (or claimed) before
     */
    public Optional<Map<String, Long>> seed(String baseUrl) {
        Instant started = clock.realNow();
        if (!marker.claim(ManagementFactory.getRuntimeMXBean().getName(), started)) {
            log.info("Demo data: seeded before (state {} in collection {}); nothing to do", marker.state(),
                    DemoMarker.COLLECTION);
            return Optional.empty();
        }
        try {
            Map<String, Long> counts = seedAll(baseUrl, started);
            long millis = Duration.between(started, clock.realNow()).toMillis();
            marker.finished(clock.realNow(), counts, millis);
            log.info("Demo data: seeded in {} s: {}", String.format("%.1f", millis / 1000.0), counts.entrySet()
                    .stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
            return Optional.of(counts);
        } catch (RuntimeException e) {
            clock.backToNow();
            marker.failed(clock.realNow(), String.valueOf(e.getMessage()));
            throw e;
        }
    }

    private Map<String, Long> seedAll(String baseUrl, Instant now) {
        Random random = new Random(properties.seed());
        DemoApi api = new DemoApi(baseUrl, json);
        DemoStaff staff = new DemoStaff(staffDirectory, properties.password());

        long accounts = staff.openAccounts();
        log.info("Demo data: staff accounts opened, all with the password '{}': {}", properties.password(),
                DemoStaff.EVERYONE.stream().map(m -> m.username() + " (" + m.role() + ", " + m.department() + ")")
                        .collect(Collectors.joining(", ")));
        DemoApi.Caller admin = staff.seeder(api);
        DemoApi.Caller hr = staff.as(api, DemoStaff.HR);
        DemoApi.Caller analyst = staff.as(api, DemoStaff.ANALYST);
        DemoApi.Caller supervisor = staff.as(api, DemoStaff.SUPERVISOR);
        DemoApi.Caller agent = staff.as(api, DemoStaff.AGENT);
        long departments = staff.organise(hr);
        log.info("Demo data: organisation and staff profiles recorded");

        DemoLoyalty loyalty = new DemoLoyalty(now);
        loyalty.define(admin);
        DemoCustomers customers = new DemoCustomers(random, now);
        customers.register(List.of(agent, staff.as(api, DemoStaff.AGENT_2), supervisor));
        log.info("Demo data: {} customers registered", customers.customers().size());
        customers.importOrders(admin, id -> awaitJob(admin, id));
        customers.value(analyst, id -> awaitJob(analyst, id));
        log.info("Demo data: {} orders imported, lifetime value fitted, customers scored", customers.orders());
        loyalty.work(customers.customers(), agent, supervisor);
        log.info("Demo data: loyalty program, rewards, members and redemptions in place");

        DemoTimeline timeline = new DemoTimeline();
        DemoComplaints complaints = new DemoComplaints(random, now, timeline, staff, api, customers.customers());
        complaints.plan();
        DemoTraining training = new DemoTraining(random, now, clock, timeline, staff, api);
        training.plan(complaints.stories());
        log.info("Demo data: playing {} dated steps of complaints and training over the last year", timeline.size());
        timeline.play(clock);

        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("staff", accounts);
        counts.put("departments", departments);
        counts.put("customers", (long) customers.customers().size());
        counts.put("orders", customers.orders());
        counts.put("loyaltyMembersEnrolled", loyalty.members());
        counts.put("pointsPostings", loyalty.postings());
        counts.put("redemptions", loyalty.redemptions());
        counts.put("complaints", (long) complaints.stories().size());
        for (ComplaintState state : ComplaintState.values()) {
            counts.put("complaints." + state, complaints.stories().stream()
                    .filter(story -> story.finalState == state).count());
        }
        counts.put("replies", complaints.replies());
        counts.put("surveysAnswered", complaints.surveysAnswered());
        counts.put("goodwill", complaints.goodwill());
        counts.put("problemRecords", complaints.problemNumber() == null ? 0L : 1L);
        counts.put("courses", training.courses());
        counts.put("enrolments", training.enrolments());
        counts.put("enrolmentsCompleted", training.completed());
        counts.put("assessmentsPassed", training.passedAttempts());
        counts.put("qaReviews", training.qaReviews());
        counts.put("apiRequests", api.requests());
        return counts;
    }

    /** Background jobs (import, scoring) are watched through the jobs API until they end. */
    private JsonNode awaitJob(DemoApi.Caller caller, String id) {
        Instant deadline = clock.realNow().plus(JOB_WAIT);
        while (true) {
            JsonNode job = caller.get("/api/v1/jobs/" + id);
            String state = job.get("state").asString();
            if ("COMPLETED".equals(state)) {
                return job;
            }
            if ("FAILED".equals(state)) {
                throw new DemoSeedingException("job " + id + " failed: " + job);
            }
            if (clock.realNow().isAfter(deadline)) {
                throw new DemoSeedingException("job " + id + " still " + state + " after " + JOB_WAIT);
            }
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoSeedingException("interrupted while waiting for job " + id, e);
            }
        }
    }

    /** The demo accounts, for the documentation and the tests. */
    public static List<String> demoUsernames() {
        return DemoStaff.EVERYONE.stream().map(Member::username).toList();
    }
}
