package dev.crm.training.domain;

import dev.crm.complaint.api.ComplaintType;
import dev.crm.core.api.InvalidInputException;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Which course a staff member takes, due within how many days, when a complaint of this type is
 * substantiated against them (000 §5.3). Data, not configuration: HR changes it without a redeploy.
 *
 * @param id the complaint type's name: one rule per type
 */
@Document("training_remedial_courses")
public record RemedialCourseRule(@Id String id, ComplaintType complaintType, String courseCode, int dueWithinDays,
                                 Instant setAt, String setBy, @Version Long version) {

    public RemedialCourseRule {
        if (dueWithinDays < 1 || dueWithinDays > 365) {
            throw new InvalidInputException("dueWithinDays", "must be between 1 and 365");
        }
    }

    public static RemedialCourseRule of(ComplaintType type, Course course, int dueWithinDays, String by, Instant at) {
        return new RemedialCourseRule(type.name(), type, course.code(), dueWithinDays, at, by, null);
    }

    public RemedialCourseRule changed(Course course, int dueWithinDays, String by, Instant at) {
        return new RemedialCourseRule(id, complaintType, course.code(), dueWithinDays, at, by, version);
    }
}
