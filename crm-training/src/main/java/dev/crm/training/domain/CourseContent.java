package dev.crm.training.domain;

import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import dev.crm.training.api.CourseCategory;
import dev.crm.training.api.DeliveryForm;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What a course is in one version: everything a change to which makes a new version. The pass
 * mark defaults to 80 % (DOMAIN.md §4: the handbooks give none); a course with a certificate
 * validity certifies those who complete it, for that many months.
 *
 * @param prerequisites codes of the courses to complete first, sorted
 */
public record CourseContent(String title, CourseCategory category, DeliveryForm deliveryForm, int durationMinutes,
                            int passMarkPercent, List<CourseMaterial> materials, String owner,
                            List<String> prerequisites, Integer certificateValidMonths) {

    public static final int DEFAULT_PASS_MARK_PERCENT = 80;
    static final int MAX_MATERIALS = 50;
    static final int MAX_PREREQUISITES = 20;

    public CourseContent {
        List<FieldViolation> violations = new ArrayList<>();
        if (title == null || title.isBlank()) {
            violations.add(new FieldViolation("title", "must not be blank"));
        } else {
            title = title.strip();
        }
        if (category == null) {
            violations.add(new FieldViolation("category", "is required"));
        }
        if (deliveryForm == null) {
            violations.add(new FieldViolation("deliveryForm", "is required"));
        }
        if (durationMinutes < 1) {
            violations.add(new FieldViolation("durationMinutes", "must be at least 1"));
        }
        if (passMarkPercent < 1 || passMarkPercent > 100) {
            violations.add(new FieldViolation("passMarkPercent", "must be between 1 and 100"));
        }
        if (owner == null || owner.isBlank()) {
            violations.add(new FieldViolation("owner", "is required"));
        } else {
            owner = owner.strip();
        }
        if (certificateValidMonths != null && (certificateValidMonths < 1 || certificateValidMonths > 120)) {
            violations.add(new FieldViolation("certificateValidMonths", "must be between 1 and 120"));
        }
        if (materials != null && materials.size() > MAX_MATERIALS) {
            violations.add(new FieldViolation("materials", "at most " + MAX_MATERIALS));
        }
        if (prerequisites != null && prerequisites.size() > MAX_PREREQUISITES) {
            violations.add(new FieldViolation("prerequisites", "at most " + MAX_PREREQUISITES));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<CourseMaterial> checked = new ArrayList<>();
        if (materials != null) {
            for (int i = 0; i < materials.size(); i++) {
                checked.add(CourseMaterial.checked(materials.get(i), i));
            }
        }
        materials = List.copyOf(checked);
        TreeSet<String> codes = new TreeSet<>();
        if (prerequisites != null) {
            for (int i = 0; i < prerequisites.size(); i++) {
                codes.add(Codes.require(Codes.normalise(prerequisites.get(i)), "prerequisites[" + i + "]"));
            }
        }
        prerequisites = List.copyOf(codes);
    }

    /** @param passMarkPercent null for the default */
    public static CourseContent of(String title, CourseCategory category, DeliveryForm deliveryForm,
                                   int durationMinutes, Integer passMarkPercent, List<CourseMaterial> materials,
                                   String owner, List<String> prerequisites, Integer certificateValidMonths) {
        return new CourseContent(title, category, deliveryForm, durationMinutes,
                passMarkPercent == null ? DEFAULT_PASS_MARK_PERCENT : passMarkPercent, materials, owner,
                prerequisites, certificateValidMonths);
    }

    public boolean certifies() {
        return certificateValidMonths != null;
    }

    /** Lectures, case analyses and drills are attended in person; online courses are not. */
    public boolean needsAttendance() {
        return deliveryForm != DeliveryForm.ONLINE;
    }
}
