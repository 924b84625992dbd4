package dev.crm.app.complaint;

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
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Test data builder for KPI fixtures: a complaint lived through the aggregate's own commands at
 * chosen offsets from its receipt, with the shipped SLA policies (whatever other tests did to the
 * stored list), stored as the application stores it. Offsets are from receipt.
 *
 * <p>Shipped targets used in the arithmetic of the tests (calendar hours): ungraded and Level 2 —
 * first response 48 h, resolution 72 h; Level 1 — 24 h / 48 h; Level 3 — 72 h / 120 h; a PHONE
 * complaint's first response 15 min whatever its grade.
 */
public final class KpiComplaints {

    static final SlaSettings SHIPPED = new SlaSettings(new SlaPolicyBook(DefaultSlaPolicies.all()), 0.8,
            Duration.ofHours(24), null);

    private final String number;
    private Channel channel = Channel.WEB_FORM;
    private Instant receivedAt;
    private String owner = "kpi.agent";
    private String department;
    private Grade grade;
    private ComplaintType type;
    private Duration respondedAfter;
    private Duration resolvedAfter;
    private Duration reopenedAfter;
    private Duration closedAfter;
    private String repeatOf;

    private KpiComplaints(String number) {
        this.number = number;
    }

    public static KpiComplaints aComplaint(String number) {
        return new KpiComplaints(number);
    }

    public KpiComplaints via(Channel channel) {
        this.channel = channel;
        return this;
    }

    public KpiComplaints receivedAt(String instant) {
        this.receivedAt = Instant.parse(instant);
        return this;
    }

    public KpiComplaints ownedBy(String owner) {
        this.owner = owner;
        return this;
    }

    KpiComplaints inDepartment(String department) {
        this.department = department;
        return this;
    }

    public KpiComplaints assessed(Grade grade, ComplaintType type) {
        this.grade = grade;
        this.type = type;
        return this;
    }

    /** Handling starts (the first response) this long after receipt. */
    public KpiComplaints respondedAfter(Duration after) {
        this.respondedAfter = after;
        return this;
    }

    public KpiComplaints resolvedAfter(Duration after) {
        this.resolvedAfter = after;
        return this;
    }

    KpiComplaints reopenedAfter(Duration after) {
        this.reopenedAfter = after;
        return this;
    }

    /** Follow-up and close (satisfied) this long after receipt; needs a resolution before. */
    KpiComplaints closedAfter(Duration after) {
        this.closedAfter = after;
        return this;
    }

    /** As the repeat detection marks it (top-level {@code repeatOf}). */
    KpiComplaints repeatOf(String earlier) {
        this.repeatOf = earlier;
        return this;
    }

    Complaint build() {
        Instant r = receivedAt;
        ComplaintRegistration registration = new ComplaintRegistration(null, channel, null, r, null, "+8613800000042",
                "The parcel arrived damaged", "Send a new one", null, r.minus(Duration.ofHours(1)),
                ImpactScope.SINGLE_CUSTOMER, null, null, null);
        Complaint complaint = Complaint.register(number, registration, null, null, "kpi.registrar", r, SHIPPED);
        if (owner != null) {
            complaint.accept(owner, r.plusSeconds(30));
        }
        if (grade != null) {
            complaint.assess(grade, type, "replace", owner, r.plusSeconds(60), SHIPPED);
        }
        if (respondedAfter != null && grade == null) {
            // Not assessed, so not yet assignable: a reply to the customer is the first response.
            complaint.respond("We are looking into it", "email", owner, r.plus(respondedAfter));
        } else if (respondedAfter != null) {
            complaint.assign(new Assignment(owner, department, null, null), owner, r.plus(respondedAfter));
            complaint.start(owner, r.plus(respondedAfter));
        }
        if (resolvedAfter != null) {
            if (grade == null || respondedAfter == null) {
                throw new IllegalStateException("a resolved fixture needs an assessment and a first response");
            }
            complaint.resolve("Sent a new one", "email", owner, r.plus(resolvedAfter), SHIPPED);
        }
        if (reopenedAfter != null) {
            complaint.reopen("Still damaged", owner, r.plus(reopenedAfter));
        }
        if (closedAfter != null) {
            complaint.startFollowUp(owner, r.plus(closedAfter));
            complaint.close(new FollowUpOutcome(FollowUpOutcome.Result.SATISFIED, 1, null), 3, owner,
                    r.plus(closedAfter));
        }
        return complaint;
    }

    public Complaint insert(MongoTemplate mongo) {
        Complaint complaint = build();
        complaint.markRepeatOf(repeatOf);
        // Through the template, so the KPI facts are written as for any saved complaint.
        return mongo.insert(complaint);
    }

    /** A survey as the survey module stores it (collection {@code surveys}, its field names). */
    public static Document survey(String kind, String complaintNumber, String channel, String department, String agent,
                           String answeredAt, Integer csat, Integer nps) {
        Instant answered = answeredAt == null ? null : Instant.parse(answeredAt);
        return new Document("kind", kind).append("complaintNumber", complaintNumber).append("customerId", "cust-kpi")
                .append("channel", channel).append("department", department).append("agent", agent)
                .append("createdAt", Date.from((answered == null ? Instant.parse("2000-01-01T00:00:00Z") : answered)
                        .minus(Duration.ofHours(2))))
                .append("answeredAt", answered == null ? null : Date.from(answered))
                .append("csat", csat).append("nps", nps)
                .append("status", answered == null ? "SENT" : "ANSWERED")
                // Every stored survey has a unique origin (what it asks about); these are fixtures.
                .append("origin", "kpi-fixture:" + java.util.UUID.randomUUID());
    }

    /** An order as the customer module stores it, for the complaint rates. */
    static Document order(String orderRef, String customerId, String orderedAt) {
        return new Document("_id", orderRef).append("customerId", customerId)
                .append("orderedAt", Date.from(Instant.parse(orderedAt)))
                .append("amount", new org.bson.types.Decimal128(new java.math.BigDecimal("100"))).append("currency", "CNY");
    }
}
