package dev.crm.training.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.complaint.api.ComplaintFindings;
import dev.crm.complaint.api.ComplaintFindings.ComplaintFinding;
import dev.crm.complaint.api.ComplaintFindings.FindingPage;
import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.BusinessTimeZone;
import dev.crm.training.domain.Course;
import dev.crm.training.domain.EnrolmentReason;
import dev.crm.training.domain.RemedialCourseRule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Remedial training (000 §5.3): reads the complaint module's findings feed after its stored cursor
 * and enrols each staff member a complaint was substantiated against in the course mapped to the
 * complaint's type — once per complaint and staff member.
 * <ul>
 * <li>One node at a time reads the feed: the pass holds the lease {@code remedial-feed}; the feed is
 * one ordered stream, so it is read in order rather than split.</li>
 * <li>The cursor ({@code training_feed_cursors}) moves on after each page, so a crash repeats at
 * most a page — and repeating is harmless: the trigger key {@code complaint:<number>:<staff>} is
 * unique on the enrolments.</li>
 * <li>A type without a mapped course assigns nothing (audited as {@code training.remedial-unmapped}):
 * the mapping at the time the pass reads the finding applies.</li>
 * </ul>
 */
@Service
public class RemedialTrainingPass {

    static final String CURSORS = "training_feed_cursors";
    static final String FEED = "complaint-findings";
    private static final int MAX_PAGES_PER_RUN = 50;

    private final ComplaintFindings feed;
    private final RemedialCourses remedialCourses;
    private final Courses courses;
    private final AutomaticEnrolments automaticEnrolments;
    private final MongoOperations mongo;
    private final AuditLog auditLog;
    private final BusinessTimeZone zone;
    private final TrainingProperties properties;
    private final TrainingLeases leases;

    RemedialTrainingPass(ComplaintFindings feed, RemedialCourses remedialCourses, Courses courses,
                         AutomaticEnrolments automaticEnrolments, MongoOperations mongo, AuditLog auditLog,
                         BusinessTimeZone zone, TrainingProperties properties) {
        this.feed = feed;
        this.remedialCourses = remedialCourses;
        this.courses = courses;
        this.automaticEnrolments = automaticEnrolments;
        this.mongo = mongo;
        this.auditLog = auditLog;
        this.zone = zone;
        this.properties = properties;
        this.leases = new TrainingLeases(mongo, "remedial");
    }

    /** @return how many remedial enrolments this pass opened (or joined) */
    public int run(Instant now) {
        if (!leases.claim(FEED, now, now.plus(properties.lease()))) {
            return 0;
        }
        try {
            int assigned = 0;
            Instant settledBefore = now.minus(properties.remedial().settle());
            String cursor = cursor();
            for (int pages = 0; pages < MAX_PAGES_PER_RUN; pages++) {
                FindingPage page = feed.after(cursor, settledBefore, properties.remedial().batch());
                for (ComplaintFinding finding : page.findings()) {
                    if (assign(finding, now)) {
                        assigned++;
                    }
                }
                if (page.findings().isEmpty()) {
                    break;
                }
                cursor = page.nextCursor();
                saveCursor(cursor, now);
                if (page.findings().size() < properties.remedial().batch()) {
                    break;
                }
            }
            return assigned;
        } finally {
            leases.release(FEED);
        }
    }

    private boolean assign(ComplaintFinding finding, Instant now) {
        if (!finding.substantiated() || finding.type() == null) {
            return false;
        }
        Optional<RemedialCourseRule> rule = remedialCourses.forType(finding.type());
        if (rule.isEmpty()) {
            auditLog.record(new AuditEvent(AutomaticEnrolments.SYSTEM, "training.remedial-unmapped", "Complaint",
                    finding.complaintNumber(), Map.of("staff", finding.staff(), "type", finding.type().name())));
            return false;
        }
        Course course = courses.get(rule.get().courseCode());
        LocalDate due = LocalDate.ofInstant(now, zone.zone()).plusDays(rule.get().dueWithinDays());
        AutomaticEnrolments.Assignment assignment = automaticEnrolments.assign(finding.staff(), course,
                EnrolmentReason.REMEDIAL, "complaint:" + finding.complaintNumber() + ":" + finding.staff(), due, now);
        return assignment.outcome() != AutomaticEnrolments.Outcome.ALREADY_DONE;
    }

    private String cursor() {
        Document stored = mongo.findById(FEED, Document.class, CURSORS);
        return stored == null ? null : stored.getString("cursor");
    }

    private void saveCursor(String cursor, Instant now) {
        mongo.upsert(Query.query(where("_id").is(FEED)), new Update().set("cursor", cursor).set("movedAt", now),
                CURSORS);
    }
}
