package dev.crm.training.application;

import dev.crm.complaint.api.ComplaintType;
import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.training.domain.Course;
import dev.crm.training.domain.RemedialCourseRule;
import dev.crm.training.persistence.RemedialCourseRuleRepository;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** The mapping complaint type → remedial course (000 §5.3), kept as data HR edits. */
@Service
public class RemedialCourses {

    private final RemedialCourseRuleRepository rules;
    private final Courses courses;
    private final AuditLog auditLog;
    private final Clock clock;

    RemedialCourses(RemedialCourseRuleRepository rules, Courses courses, AuditLog auditLog, Clock clock) {
        this.rules = rules;
        this.courses = courses;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public RemedialCourseRule set(ComplaintType type, String courseCode, int dueWithinDays, String by) {
        Course course;
        try {
            course = courses.get(courseCode);
        } catch (RecordNotFoundException unknown) {
            throw new BusinessRuleViolationException("A remedial course is a course of the catalogue",
                    List.of(new FieldViolation("courseCode", "no course '" + courseCode + "'")));
        }
        RemedialCourseRule rule = rules.findById(type.name())
                .map(existing -> existing.changed(course, dueWithinDays, by, clock.instant()))
                .orElseGet(() -> RemedialCourseRule.of(type, course, dueWithinDays, by, clock.instant()));
        RemedialCourseRule saved = rules.save(rule);
        auditLog.record(new AuditEvent(by, "training.remedial-course-set", "RemedialCourseRule", type.name(),
                Map.of("course", course.code(), "dueWithinDays", String.valueOf(dueWithinDays))));
        return saved;
    }

    public void remove(ComplaintType type, String by) {
        if (!rules.existsById(type.name())) {
            throw new RecordNotFoundException("remedial course rule", type.name());
        }
        rules.deleteById(type.name());
        auditLog.record(AuditEvent.of(by, "training.remedial-course-removed", "RemedialCourseRule", type.name()));
    }

    public Optional<RemedialCourseRule> forType(ComplaintType type) {
        return rules.findById(type.name());
    }

    public List<RemedialCourseRule> all() {
        return rules.findAll(Sort.by("_id"));
    }
}
