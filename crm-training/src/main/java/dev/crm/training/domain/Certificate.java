package dev.crm.training.domain;

import dev.crm.core.api.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A certificate a person holds for a course, valid until {@link #validUntil}. Before it expires,
 * its holder is reminded once per {@link ReminderWindows window} and a re-certification enrolment is
 * opened; a new certificate for the same course renews it and ends its reminders.
 * {@code sourceKey} (the completed enrolment, or the passed assessment attempt) is unique: what
 * earned a certificate earns one.
 */
@Document("training_certificates")
@CompoundIndex(name = "holder_course", def = "{'staff': 1, 'courseCode': 1, 'validUntil': -1}")
public class Certificate {

    @Id
    private final String id;
    private final String staff;
    private final String courseCode;
    private final int courseRevision;
    private final Integer score;
    private final Instant issuedAt;
    private final Instant validUntil;
    @Indexed(unique = true, sparse = true)
    private final String sourceKey;
    /** The windows reminded of, as ISO durations ({@code P30D}). */
    private List<String> remindersSent;
    /** When the next reminder window opens (null: none left, or renewed): the reminder pass asks for these. */
    @Indexed(sparse = true)
    private Instant nextReminderAt;
    private String renewalEnrolmentId;
    private String renewedBy;
    @Version
    private Long version;

    Certificate(String id, String staff, String courseCode, int courseRevision, Integer score, Instant issuedAt,
                Instant validUntil, String sourceKey, List<String> remindersSent, Instant nextReminderAt,
                String renewalEnrolmentId, String renewedBy, Long version) {
        this.id = id;
        this.staff = staff;
        this.courseCode = courseCode;
        this.courseRevision = courseRevision;
        this.score = score;
        this.issuedAt = issuedAt;
        this.validUntil = validUntil;
        this.sourceKey = sourceKey;
        this.remindersSent = remindersSent == null ? new ArrayList<>() : new ArrayList<>(remindersSent);
        this.nextReminderAt = nextReminderAt;
        this.renewalEnrolmentId = renewalEnrolmentId;
        this.renewedBy = renewedBy;
        this.version = version;
    }

    public static Certificate issue(String id, String staff, String courseCode, int courseRevision, Integer score,
                                    Instant issuedAt, Instant validUntil, String sourceKey, ReminderWindows windows) {
        if (score != null && (score < 0 || score > 100)) {
            throw new InvalidInputException("score", "must be between 0 and 100");
        }
        if (!validUntil.isAfter(issuedAt)) {
            throw new IllegalArgumentException("a certificate is valid for some time after issue");
        }
        return new Certificate(id, staff, courseCode, courseRevision, score, issuedAt, validUntil, sourceKey,
                List.of(), windows.nextAt(validUntil, Set.of()), null, null, null);
    }

    /**
     * Takes the reminder due at {@code now}, if any: marks every due window as sent and moves the
     * next reminder on.
     *
     * @return the window to remind of (the narrowest due), or empty when nothing is due
     */
    public Optional<Duration> remind(Instant now, ReminderWindows windows) {
        if (renewedBy != null) {
            nextReminderAt = null;
            return Optional.empty();
        }
        List<Duration> due = windows.dueAt(now, validUntil, sent());
        due.forEach(window -> remindersSent.add(window.toString()));
        nextReminderAt = windows.nextAt(validUntil, sent());
        return due.isEmpty() ? Optional.empty() : Optional.of(due.get(due.size() - 1));
    }

    private Set<Duration> sent() {
        Set<Duration> sent = new HashSet<>();
        remindersSent.forEach(window -> sent.add(Duration.parse(window)));
        return sent;
    }

    public void renewalEnrolled(String enrolmentId) {
        renewalEnrolmentId = enrolmentId;
    }

    /** A newer certificate for the same course: no more reminders for this one. */
    public void renewedBy(String certificate) {
        renewedBy = certificate;
        nextReminderAt = null;
    }

    public boolean isValidAt(Instant at) {
        return !at.isBefore(issuedAt) && at.isBefore(validUntil);
    }

    public String id() { return id; }
    public String staff() { return staff; }
    public String courseCode() { return courseCode; }
    public int courseRevision() { return courseRevision; }
    public Integer score() { return score; }
    public Instant issuedAt() { return issuedAt; }
    public Instant validUntil() { return validUntil; }
    public String sourceKey() { return sourceKey; }
    public List<Duration> remindersSent() { return remindersSent.stream().map(Duration::parse).toList(); }
    public Instant nextReminderAt() { return nextReminderAt; }
    public String renewalEnrolmentId() { return renewalEnrolmentId; }
    public String renewedBy() { return renewedBy; }
    public Long version() { return version; }
}
