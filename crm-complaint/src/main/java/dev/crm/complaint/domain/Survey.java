package dev.crm.complaint.domain;

import dev.crm.complaint.api.SurveyKind;
import dev.crm.complaint.api.SurveyStatus;
import dev.crm.core.api.IllegalStateTransitionException;
import java.time.Instant;
import lombok.Getter;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One satisfaction question put to one customer (DOMAIN.md §1.7): after a complaint is resolved,
 * about the relationship, or after a crisis. Answered once, by the link's token or on a return-visit
 * call; otherwise it expires. The fields the KPI reports read ({@code kind}, {@code complaintNumber},
 * {@code customerId}, {@code channel}, {@code department}, {@code agent}, {@code createdAt},
 * {@code dueAt}, {@code sentAt}, {@code answeredAt}, {@code csat}, {@code nps}, {@code comment},
 * {@code status}) are top-level and keep their names.
 *
 * <p>The link's token is never stored: only its keyed hash, to find the survey by.
 */
@Getter
@Document("surveys")
@CompoundIndexes({
        // The expiry pass: open surveys by validity.
        @CompoundIndex(name = "open_expiry", def = "{'status': 1, 'expiresAt': 1}"),
        // KPI periods: answers of a kind by time.
        @CompoundIndex(name = "answered", def = "{'kind': 1, 'answeredAt': 1}")
})
public class Survey {

    /** Where a survey without a link goes: a call by staff. */
    public static final String RETURN_VISIT = "return-visit";

    @Id
    private String id;
    private final SurveyKind kind;
    /**
     * What the survey is about, unique: {@code complaint:<number>:<resolved epoch ms>} (one per
     * resolution), {@code relationship:<campaign>:<customer>}, {@code crisis:<reference>:<customer>}.
     */
    @Indexed(unique = true)
    private final String origin;
    @Indexed
    private final String complaintNumber;
    @Indexed
    private String customerId;
    /** The complaint's intake channel ({@code Channel} name); null for surveys not about a complaint. */
    private final String channel;
    private final String department;
    /** The complaint's owner (first-inquiry responsibility), whose handling the answer rates. */
    private final String agent;
    private final String question;
    private final String campaignId;
    private final Instant createdAt;
    private final Instant dueAt;
    private final Instant expiresAt;
    /** Outbox channel instance the link went to, or {@link #RETURN_VISIT}. */
    private final String sentVia;
    @Indexed(unique = true, sparse = true)
    private String tokenHash;
    private int tokenIssues;
    private Instant sentAt;
    private Instant answeredAt;
    private Integer csat;
    private Integer nps;
    private String comment;
    /** LINK or PHONE. */
    private String answeredVia;
    private String answeredBy;
    private SurveyStatus status;
    /** When it stopped waiting: answered, no answer, expired. */
    private Instant closedAt;
    /** When its complaint took the answer (or the no-answer) as follow-up outcome. */
    private Instant outcomeTakenAt;
    private Instant anonymisedAt;
    @Version
    private Long version;

    @PersistenceCreator
    Survey(String id, SurveyKind kind, String origin, String complaintNumber, String customerId, String channel,
           String department, String agent, String question, String campaignId, Instant createdAt, Instant dueAt,
           Instant expiresAt, String sentVia) {
        this.id = id;
        this.kind = kind;
        this.origin = origin;
        this.complaintNumber = complaintNumber;
        this.customerId = customerId;
        this.channel = channel;
        this.department = department;
        this.agent = agent;
        this.question = question;
        this.campaignId = campaignId;
        this.createdAt = createdAt;
        this.dueAt = dueAt;
        this.expiresAt = expiresAt;
        this.sentVia = sentVia;
    }

    /**
     * A survey about a resolution of the complaint, due by its SURVEY deadline.
     *
     * @param sentVia the outbox channel instance of the link, or {@link #RETURN_VISIT}
     */
    public static Survey afterResolution(Complaint complaint, String sentVia, String tokenHash, Instant now,
                                         Instant expiresAt) {
        Instant due = complaint.getSla().clockOf(dev.crm.complaint.api.Milestone.SURVEY)
                .map(MilestoneClock::dueAt).orElse(null);
        Survey survey = new Survey(null, SurveyKind.POST_RESOLUTION, resolutionOrigin(complaint),
                complaint.getNumber(), complaint.getCustomerId(), complaint.getChannel().name(),
                complaint.getAssignment() == null ? null : complaint.getAssignment().department(),
                complaint.getOwner(), null, null, now, due == null ? expiresAt : due, expiresAt, sentVia);
        survey.open(tokenHash);
        return survey;
    }

    /** A survey to a customer that is not about one complaint: relationship or post-crisis. */
    public static Survey toCustomer(SurveyKind kind, String origin, String customerId, String question,
                                    String campaignId, String sentVia, String tokenHash, Instant now,
                                    Instant expiresAt) {
        if (kind == SurveyKind.POST_RESOLUTION) {
            throw new IllegalArgumentException("a post-resolution survey belongs to a complaint");
        }
        Survey survey = new Survey(null, kind, origin, null, customerId, null, null, null, question, campaignId, now,
                expiresAt, expiresAt, sentVia);
        survey.open(tokenHash);
        return survey;
    }

    /** One survey per resolution: a reopened and again resolved complaint is asked again. */
    public static String resolutionOrigin(Complaint complaint) {
        return "complaint:" + complaint.getNumber() + ":" + complaint.getResolvedAt().toEpochMilli();
    }

    private void open(String tokenHash) {
        this.tokenHash = tokenHash;
        this.tokenIssues = tokenHash == null ? 0 : 1;
        this.status = SurveyStatus.PENDING;
    }

    /** The link went to the outbox. */
    public void sent(Instant at) {
        requireOpen("send");
        if (status == SurveyStatus.PENDING) {
            status = SurveyStatus.SENT;
            sentAt = at;
        }
    }

    /**
     * A new link replaces one that may never have been sent (a crash between storing the survey and
     * queueing its message): the old token stops working.
     */
    public void reissue(String newTokenHash) {
        requireOpen("reissue");
        tokenHash = newTokenHash;
        tokenIssues++;
    }

    /**
     * Records the answer, once. An expired survey is gone (also when the expiry pass has not seen it
     * yet); an answered one cannot be answered again.
     *
     * @param via LINK or PHONE
     * @throws SurveyExpiredException past its validity
     * @throws IllegalStateTransitionException when answered or closed without answer
     */
    public void answer(SurveyAnswer answer, String via, String by, Instant at) {
        requireAnswerable(at);
        csat = answer.csat();
        nps = answer.nps();
        comment = answer.comment();
        answeredVia = via;
        answeredBy = by;
        answeredAt = at;
        if (sentAt == null) {
            sentAt = at;
        }
        status = SurveyStatus.ANSWERED;
        closedAt = at;
    }

    /** What {@link #answer} would refuse, checked without changing anything. */
    public void requireAnswerable(Instant at) {
        if (status == SurveyStatus.EXPIRED || status.isOpen() && !at.isBefore(expiresAt)) {
            throw new SurveyExpiredException();
        }
        requireOpen("answer");
    }

    /** A return-visit call reached no one: the customer was approached. */
    public void callUnanswered(Instant at) {
        requireAnswerable(at);
        if (sentAt == null) {
            sentAt = at;
        }
        status = SurveyStatus.SENT;
    }

    /** The configured attempts reached no one. */
    public void noAnswer(Instant at) {
        requireOpen("close without answer");
        status = SurveyStatus.NO_ANSWER;
        closedAt = at;
    }

    /** @return true when the validity ran out by {@code now} and the survey now reads EXPIRED */
    public boolean expire(Instant now) {
        if (!status.isOpen() || now.isBefore(expiresAt)) {
            return false;
        }
        status = SurveyStatus.EXPIRED;
        closedAt = now;
        return true;
    }

    /**
     * Withdraws an open survey before its validity ends: a newer resolution is surveyed instead, or
     * its return visit was made redundant by the complaint being closed or reopened by staff.
     */
    public boolean withdraw(Instant at) {
        if (!status.isOpen()) {
            return false;
        }
        status = SurveyStatus.EXPIRED;
        closedAt = at;
        return true;
    }

    public void outcomeTaken(Instant at) {
        outcomeTakenAt = at;
    }

    /** Retention of its complaint ran out: who answered and what they wrote go, the scores stay. */
    public boolean anonymise(Instant at) {
        if (anonymisedAt != null) {
            return false;
        }
        customerId = null;
        comment = null;
        anonymisedAt = at;
        return true;
    }

    public boolean awaitsOutcome() {
        return kind == SurveyKind.POST_RESOLUTION && outcomeTakenAt == null
                && (status == SurveyStatus.ANSWERED || status == SurveyStatus.NO_ANSWER);
    }

    public SurveyAnswer recordedAnswer() {
        if (status != SurveyStatus.ANSWERED) {
            throw new IllegalStateTransitionException("survey", status.name(), "read the answer of");
        }
        return new SurveyAnswer(csat, nps, comment);
    }

    public boolean isReturnVisit() {
        return RETURN_VISIT.equals(sentVia);
    }

    private void requireOpen(String command) {
        if (!status.isOpen()) {
            throw new IllegalStateTransitionException("survey", status.name(), command);
        }
    }
}
