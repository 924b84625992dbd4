package dev.crm.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.training.api.CourseCategory;
import dev.crm.training.api.DeliveryForm;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CourseTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void thePassMarkDefaultsToEightyPercent() {
        Course course = Course.offer("listen-101", " Active listening ", CourseCategory.COMMUNICATION_AND_LISTENING,
                DeliveryForm.SIMULATION_DRILL, 90, null, "hr.zhou", NOW);

        assertThat(course.code()).isEqualTo("LISTEN-101");
        assertThat(course.title()).isEqualTo("Active listening");
        assertThat(course.passMarkPercent()).isEqualTo(80);
        assertThat(course.isPassedBy(80)).isTrue();
        assertThat(course.isPassedBy(79)).isFalse();
    }

    @Test
    void invalidCoursesAreRefused() {
        assertThatThrownBy(() -> Course.offer("X", "t", CourseCategory.CRM, DeliveryForm.ONLINE, 60, null, "h", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Course.offer("CRM-1", "t", CourseCategory.CRM, DeliveryForm.ONLINE, 0, null, "h", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Course.offer("CRM-1", "t", CourseCategory.CRM, DeliveryForm.ONLINE, 60, 101, "h", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Course.offer("CRM-1", " ", CourseCategory.CRM, DeliveryForm.ONLINE, 60, 80, "h", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
