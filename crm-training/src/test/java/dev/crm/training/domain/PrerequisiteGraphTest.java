package dev.crm.training.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.core.api.BusinessRuleViolationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrerequisiteGraphTest {

    /** ADV requires MID, MID requires BASE. */
    private final PrerequisiteGraph graph = new PrerequisiteGraph(Map.of("BASE", List.of(), "MID", List.of("BASE"),
            "ADV", List.of("MID"), "OTHER", List.of()));

    @Test
    void prerequisitesThatDoNotLeadBackAreAccepted() {
        assertThatCode(() -> graph.check("NEW", List.of("ADV", "OTHER"))).doesNotThrowAnyException();
        assertThatCode(() -> graph.check("BASE", List.of("OTHER"))).doesNotThrowAnyException();
    }

    @Test
    void aLoopThroughOtherCoursesIsRefused() {
        assertThatThrownBy(() -> graph.check("BASE", List.of("ADV")))
                .isInstanceOf(BusinessRuleViolationException.class).hasMessageContaining("must not loop");
    }

    @Test
    void aCourseCannotRequireItselfOrAnUnknownCourse() {
        assertThatThrownBy(() -> graph.check("MID", List.of("MID"))).isInstanceOf(BusinessRuleViolationException.class);
        assertThatThrownBy(() -> graph.check("MID", List.of("GHOST")))
                .isInstanceOf(BusinessRuleViolationException.class);
    }
}
