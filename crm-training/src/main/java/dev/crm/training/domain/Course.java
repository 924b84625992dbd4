package dev.crm.training.domain;

import dev.crm.training.api.CourseCategory;
import dev.crm.training.api.DeliveryForm;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A course in the catalogue. The pass mark defaults to 80 % (DOMAIN.md §4: the handbooks give none).
 */
@Document("courses")
public record Course(@Id String code, String title, @Indexed CourseCategory category, DeliveryForm deliveryForm,
                     int durationMinutes, int passMarkPercent, Instant createdAt, String createdBy,
                     @Version Long version) {

    public static final int DEFAULT_PASS_MARK_PERCENT = 80;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,31}");

    public Course {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("code must be 2-32 upper-case letters, digits or '-'");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(deliveryForm, "deliveryForm");
        if (durationMinutes < 1) {
            throw new IllegalArgumentException("durationMinutes must be at least 1");
        }
        if (passMarkPercent < 1 || passMarkPercent > 100) {
            throw new IllegalArgumentException("passMarkPercent must be between 1 and 100");
        }
    }

    public static Course offer(String code, String title, CourseCategory category, DeliveryForm deliveryForm,
                               int durationMinutes, Integer passMarkPercent, String by, Instant at) {
        return new Course(code == null ? null : code.strip().toUpperCase(Locale.ROOT),
                title == null ? null : title.strip(), category, deliveryForm, durationMinutes,
                passMarkPercent == null ? DEFAULT_PASS_MARK_PERCENT : passMarkPercent, at, by, null);
    }

    public boolean isPassedBy(int scorePercent) {
        return scorePercent >= passMarkPercent;
    }
}
