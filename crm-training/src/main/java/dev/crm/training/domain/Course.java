package dev.crm.training.domain;

import dev.crm.core.api.InvalidInputException;
import dev.crm.training.api.CourseCategory;
import dev.crm.training.api.DeliveryForm;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A course in the catalogue, versioned: {@link #content} is the current version, numbered
 * {@link #revision}; {@link #history} keeps every version (the current one last) in the same
 * document, so a revision is one atomic write and an enrolment can always find the version it took.
 * The pass mark defaults to 80 % (DOMAIN.md §4: the handbooks give none).
 */
@Document("courses")
@CompoundIndex(name = "category", def = "{'content.category': 1}")
public record Course(@Id String code, CourseContent content, int revision, List<CourseRevision> history,
                     Instant createdAt, String createdBy, @Version Long version) {

    public static final int DEFAULT_PASS_MARK_PERCENT = CourseContent.DEFAULT_PASS_MARK_PERCENT;

    public Course {
        Codes.require(code, "code");
        if (content == null) {
            throw new InvalidInputException("content", "is required");
        }
        history = history == null ? List.of() : List.copyOf(history);
    }

    public static Course offer(String code, CourseContent content, String by, Instant at) {
        return new Course(Codes.normalise(code), content, 1, List.of(new CourseRevision(1, content, at, by)), at, by,
                null);
    }

    /** A course with no materials, prerequisites or certificate, owned by whoever offers it. */
    public static Course offer(String code, String title, CourseCategory category, DeliveryForm deliveryForm,
                               int durationMinutes, Integer passMarkPercent, String by, Instant at) {
        return offer(code, CourseContent.of(title, category, deliveryForm, durationMinutes, passMarkPercent, List.of(),
                by, List.of(), null), by, at);
    }

    /**
     * A change makes a new version; the same content again changes nothing (a repeated request does
     * not bump the version).
     */
    public Course revise(CourseContent changed, String by, Instant at) {
        if (changed.equals(content)) {
            return this;
        }
        List<CourseRevision> revisions = new ArrayList<>(history);
        revisions.add(new CourseRevision(revision + 1, changed, at, by));
        return new Course(code, changed, revision + 1, revisions, createdAt, createdBy, version);
    }

    public Optional<CourseRevision> revisionOf(int number) {
        return history.stream().filter(r -> r.revision() == number).findFirst();
    }

    public CourseRevision current() {
        return revisionOf(revision).orElseGet(() -> new CourseRevision(revision, content, createdAt, createdBy));
    }

    public String title() {
        return content.title();
    }

    public CourseCategory category() {
        return content.category();
    }

    public DeliveryForm deliveryForm() {
        return content.deliveryForm();
    }

    public int durationMinutes() {
        return content.durationMinutes();
    }

    public int passMarkPercent() {
        return content.passMarkPercent();
    }

    public boolean isPassedBy(int scorePercent) {
        return scorePercent >= content.passMarkPercent();
    }
}
