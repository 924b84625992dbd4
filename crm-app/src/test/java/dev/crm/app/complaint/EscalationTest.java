package dev.crm.app.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.complaint.api.Channel;
import dev.crm.complaint.api.ComplaintRegistration;
import dev.crm.complaint.api.ImpactScope;
import dev.crm.complaint.api.Milestone;
import dev.crm.complaint.application.ComplaintRegistry;
import dev.crm.complaint.application.EscalationPass;
import dev.crm.complaint.application.SlaNotifications;
import dev.crm.complaint.application.SlaPolicies;
import dev.crm.complaint.domain.Complaint;
import dev.crm.complaint.domain.SlaEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The SLA clock acts on its own: warnings, breaches and escalations happen when due, go to the
 * outbox, and happen exactly once even with two schedulers (two lease owners) on one database.
 */
class EscalationTest extends ApiIntegrationTest {

    @Autowired
    ComplaintRegistry registry;

    @Autowired
    SlaPolicies slaPolicies;

    @Autowired
    SlaNotifications notifications;

    @Autowired
    MongoTemplate mongo;

    @Test
    void twoSchedulersOverManyDueComplaintsEscalateEveryBreachExactlyOnce() throws Exception {
        Instant received = Instant.now().minus(Duration.ofHours(20));
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            numbers.add(registry.registerComplaint(registration(received), null, "li.wei").getNumber());
        }
        // 26 h after receipt: REGISTER met, ACCEPT (24 h) breached; ANALYSIS (48 h) not yet warned.
        Instant now = received.plus(Duration.ofHours(26));
        EscalationPass nodeA = new EscalationPass(mongo, slaPolicies, notifications);
        EscalationPass nodeB = new EscalationPass(mongo, slaPolicies, notifications);
        CountDownLatch start = new CountDownLatch(1);

        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> runAfter(start, nodeA, now));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> runAfter(start, nodeB, now));
        start.countDown();
        int processed = a.get() + b.get();
        // A later pass at the same instant finds nothing left to do for these complaints.
        nodeA.run(now);

        assertThat(processed).isGreaterThanOrEqualTo(numbers.size());
        for (String number : numbers) {
            Complaint complaint = registry.get(number);
            assertThat(complaint.getSlaEvents()).filteredOn(e -> e.milestone() == Milestone.ACCEPT
                    && e.kind() == SlaEvent.Kind.BREACH).as("breaches of %s", number).hasSize(1);
            assertThat(complaint.getSla().clockOf(Milestone.ACCEPT).orElseThrow().isBreached()).isTrue();
            long messages = mongo.count(Query.query(where("relatedRecordId").is(number)
                    .and("dedupeKey").regex("^" + number + ":ACCEPT:BREACH:")), "outbound_messages");
            assertThat(messages).as("breach notifications of %s", number).isEqualTo(1);
            assertThat(complaint.getNextDueAt()).isAfter(now);
        }
        assertThat(mongo.count(new Query(), "complaint_leases")).as("leases released").isZero();
    }

    @Test
    void aWarningReachesTheOwnerThenTheBreachTheSupervisorThenTheNextTiers() {
        Instant received = Instant.now().minus(Duration.ofMinutes(5));
        Complaint complaint = registry.registerComplaint(registration(received), null, "li.wei");
        EscalationPass pass = new EscalationPass(mongo, slaPolicies, notifications);

        pass.run(received.plus(Duration.ofMinutes(19 * 60 + 13)));
        pass.run(received.plus(Duration.ofHours(24)));
        pass.run(received.plus(Duration.ofHours(48).plusMinutes(1)));

        List<String> recipients = new ArrayList<>();
        mongo.find(Query.query(where("relatedRecordId").is(complaint.getNumber())
                        .and("dedupeKey").regex(":ACCEPT:")), Document.class, "outbound_messages")
                .forEach(message -> recipients.add(message.getString("recipient")));
        assertThat(recipients).contains("queue:unassigned", "supervisor:frontline",
                "tier:business-unit-quality-group");
        List<String> timeline = new ArrayList<>();
        anonymousTimeline(complaint.getNumber()).forEach(timeline::add);
        assertThat(timeline).contains("SLA_WARNING", "SLA_BREACH", "SLA_ESCALATION");
        assertThat(numbers("/api/v1/complaints?breached=true&customerId=&size=200&text=Late+delivery"))
                .contains(complaint.getNumber());
        assertThat(numbers("/api/v1/complaints?breached=false&size=200")).doesNotContain(complaint.getNumber());
    }

    private List<String> numbers(String query) {
        List<String> numbers = new ArrayList<>();
        asAdmin().get(query).body().get("items").values().forEach(item -> numbers.add(item.get("number").asString()));
        return numbers;
    }

    @Test
    void aMetMilestoneIsNotEscalated() {
        Instant received = Instant.now().minus(Duration.ofMinutes(5));
        Complaint complaint = registry.registerComplaint(registration(received), null, "li.wei");
        String number = complaint.getNumber();
        asAdmin().post("/api/v1/complaints/" + number + "/accept", java.util.Map.of());

        new EscalationPass(mongo, slaPolicies, notifications).run(received.plus(Duration.ofHours(25)));

        assertThat(registry.get(number).getSlaEvents()).noneMatch(e -> e.milestone() == Milestone.ACCEPT);
    }

    private List<String> anonymousTimeline(String number) {
        List<String> kinds = new ArrayList<>();
        asAdmin().get("/api/v1/complaints/" + number + "/timeline").body().values()
                .forEach(entry -> kinds.add(entry.get("kind").asString()));
        return kinds;
    }

    private static int runAfter(CountDownLatch start, EscalationPass pass, Instant now) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        int total = 0;
        int processed;
        // Passes read a batch of due ids; repeat until this node finds nothing left it can claim.
        do {
            processed = pass.run(now);
            total += processed;
        } while (processed > 0);
        return total;
    }

    private static ComplaintRegistration registration(Instant received) {
        return new ComplaintRegistration(null, Channel.WEB_FORM, null, received, null, "+8613800000001",
                "Late delivery", "Deliver today", null, received.minus(Duration.ofHours(1)),
                ImpactScope.SINGLE_CUSTOMER, null, null, null);
    }
}
