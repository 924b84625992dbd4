package dev.crm.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.core.api.InvalidInputException;
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
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Course.offer("CRM-1", "t", CourseCategory.CRM, DeliveryForm.ONLINE, 0, null, "h", NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Course.offer("CRM-1", "t", CourseCategory.CRM, DeliveryForm.ONLINE, 60, 101, "h", NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Course.offer("CRM-1", " ", CourseCategory.CRM, DeliveryForm.ONLINE, 60, 80, "h", NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aChangeMakesANewVersionAndTheOldOneStaysAsItWas() {
        Course course = Course.offer("listen-101", "Active listening", CourseCategory.COMMUNICATION_AND_LISTENING,
                DeliveryForm.LECTURE, 90, null, "hr.zhou", NOW);
        CourseContent longer = CourseContent.of("Active listening", CourseCategory.COMMUNICATION_AND_LISTENING,
                DeliveryForm.LECTURE, 120, null, java.util.List.of(new CourseMaterial("Slides",
                        "https://intranet.example/listen.pdf")), "hr.zhou", java.util.List.of(), 12);

        Course revised = course.revise(longer, "hr.li", NOW.plusSeconds(60));

        assertThat(revised.revision()).isEqualTo(2);
        assertThat(revised.durationMinutes()).isEqualTo(120);
        assertThat(revised.revisionOf(1).orElseThrow().content().durationMinutes()).isEqualTo(90);
        assertThat(revised.revisionOf(2).orElseThrow().revisedBy()).isEqualTo("hr.li");
        assertThat(revised.revise(longer, "hr.li", NOW.plusSeconds(120))).isSameAs(revised);
    }

    @Test
    void materialsMustBeWebLinks() {
        assertThatThrownBy(() -> CourseContent.of("t", CourseCategory.CRM, DeliveryForm.ONLINE, 60, null,
                java.util.List.of(new CourseMaterial("Slides", "file:///etc/passwd")), "h", java.util.List.of(), null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).field())
                        .isEqualTo("materials[0].url"));
    }
}
