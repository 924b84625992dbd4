package dev.crm.complaint.domain;

import dev.crm.core.api.IllegalStateTransitionException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A phone return visit (回访, 001 §4.3; 003 §3.2): the post-resolution survey of a customer no
 * channel reaches (phone, post, unknown), as a work item for the complaint's owner. The agent calls
 * and records the answer, or an attempt nobody answered.
 */
@Getter
@Document("return_visits")
@CompoundIndex(name = "work", def = "{'status': 1, 'assignee': 1, 'dueAt': 1}")
public class ReturnVisit {

    public enum Status {
        OPEN, ANSWERED, NO_ANSWER,
        /** Made redundant: staff closed or reopened the complaint, or the survey expired. */
        CANCELLED
    }

    /** One call. */
    public record Attempt(Instant at, String by, boolean answered, String note) {
    }

    @Id
    private String id;
    @Indexed(unique = true)
    private final String surveyId;
    @Indexed
    private final String complaintNumber;
    private String customerId;
    /** The complaint's owner (first-inquiry responsibility); null puts it in the shared pool. */
    private final String assignee;
    private final Instant createdAt;
    /** The complaint's SURVEY deadline. */
    private final Instant dueAt;
    private Status status;
    private List<Attempt> attempts;
    private Instant closedAt;
    private String closeNote;
    @Version
    private Long version;

    @PersistenceCreator
    ReturnVisit(String id, String surveyId, String complaintNumber, String customerId, String assignee,
                Instant createdAt, Instant dueAt, Status status, List<Attempt> attempts) {
        this.id = id;
        this.surveyId = surveyId;
        this.complaintNumber = complaintNumber;
        this.customerId = customerId;
        this.assignee = assignee;
        this.createdAt = createdAt;
        this.dueAt = dueAt;
        this.status = status;
        this.attempts = attempts == null ? new ArrayList<>() : new ArrayList<>(attempts);
    }

    public static ReturnVisit forSurvey(Survey survey, Instant now) {
        return new ReturnVisit(null, survey.getId(), survey.getComplaintNumber(), survey.getCustomerId(),
                survey.getAgent(), now, survey.getDueAt(), Status.OPEN, List.of());
    }

    public void answered(String by, Instant at) {
        requireOpen("answer");
        attempts.add(new Attempt(at, by, true, null));
        close(Status.ANSWERED, null, at);
    }

    /**
     * @return the number of attempts made so far, this one included; the visit ends as NO_ANSWER at
     *         {@code requiredAttempts}
     */
    public int unanswered(String note, String by, int requiredAttempts, Instant at) {
        requireOpen("record an unanswered call on");
        attempts.add(new Attempt(at, by, false, note == null || note.isBlank() ? null : note.strip()));
        if (attempts.size() >= requiredAttempts) {
            close(Status.NO_ANSWER, "no answer after " + attempts.size() + " attempts", at);
        }
        return attempts.size();
    }

    /** @return false when it was no longer open */
    public boolean cancel(String reason, Instant at) {
        if (status != Status.OPEN) {
            return false;
        }
        close(Status.CANCELLED, reason, at);
        return true;
    }

    public boolean anonymise() {
        boolean changed = customerId != null || attempts.stream().anyMatch(a -> a.note() != null);
        customerId = null;
        attempts = new ArrayList<>(attempts.stream()
                .map(a -> new Attempt(a.at(), a.by(), a.answered(), a.note() == null ? null : Complaint.ANONYMISED))
                .toList());
        return changed;
    }

    public boolean isAssignedToOtherThan(String username) {
        return assignee != null && !assignee.equals(username);
    }

    public List<Attempt> getAttempts() {
        return List.copyOf(attempts);
    }

    private void close(Status to, String note, Instant at) {
        status = to;
        closedAt = at;
        closeNote = note;
    }

    private void requireOpen(String command) {
        if (status != Status.OPEN) {
            throw new IllegalStateTransitionException("return visit", status.name(), command);
        }
    }
}
