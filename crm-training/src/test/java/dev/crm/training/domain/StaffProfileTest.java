package dev.crm.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.InvalidInputException;
import dev.crm.training.api.StaffRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class StaffProfileTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    /** wang reports to li, li to zhou. */
    private static final Map<String, String> LINES = Map.of("wang", "li", "li", "zhou");
    private static final Function<String, Optional<String>> SUPERVISOR_OF = u -> Optional.ofNullable(LINES.get(u));

    @Test
    void aProfileNormalisesItsDepartmentAndSkills() {
        StaffProfile profile = StaffProfile.create("chen", details("li", List.of(" Complaint handling ",
                "complaint handling", "CRM")), SUPERVISOR_OF, "hr", NOW);

        assertThat(profile.departmentCode()).isEqualTo("EAST-T1");
        assertThat(profile.skills()).containsExactly("complaint handling", "crm");
        assertThat(profile.supervisor()).contains("li");
    }

    @Test
    void reportingLinesNeverLoop() {
        StaffProfile zhou = StaffProfile.create("zhou", details(null, List.of()), SUPERVISOR_OF, "hr", NOW);

        assertThatThrownBy(() -> zhou.change(details("wang", List.of()), SUPERVISOR_OF, "hr", NOW))
                .isInstanceOf(BusinessRuleViolationException.class)
                .hasMessageContaining("loop")
                .satisfies(e -> assertThat(((BusinessRuleViolationException) e).violations().get(0).message())
                        .contains("wang reports to zhou"));
        assertThatThrownBy(() -> zhou.change(details("zhou", List.of()), SUPERVISOR_OF, "hr", NOW))
                .isInstanceOf(BusinessRuleViolationException.class);
        assertThat(zhou.supervisor()).isEmpty();
    }

    @Test
    void roleDepartmentAndHireDateAreRequired() {
        assertThatThrownBy(() -> StaffProfile.create("chen", new StaffProfile.Details(null, " ", null, null, null),
                SUPERVISOR_OF, "hr", NOW))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(v -> v.field()).containsExactly("role", "departmentCode", "hireDate"));
    }

    private static StaffProfile.Details details(String supervisor, List<String> skills) {
        return new StaffProfile.Details(StaffRole.AGENT, "east-t1", supervisor, LocalDate.parse("2024-03-01"), skills);
    }
}
