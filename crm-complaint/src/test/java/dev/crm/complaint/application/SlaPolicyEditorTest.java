package dev.crm.complaint.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crm.complaint.api.Milestone;
import dev.crm.complaint.api.SlaPolicyCatalog.Calendar;
import dev.crm.complaint.api.SlaPolicyCatalog.SlaPolicyDetails;
import dev.crm.complaint.domain.SlaPolicy;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlaPolicyEditorTest {

    @Test
    void everyMistakeOfAPolicyIsReportedAtOnceUnderItsField() {
        SlaPolicyDetails bad = details("Bad Id", " ", -1, Map.of(Milestone.ACCEPT, Duration.ofSeconds(90),
                Milestone.RESOLUTION, Duration.ZERO), new Calendar("Mars/Olympus", Map.of(DayOfWeek.MONDAY, "18:00-09:00"),
                Set.of()));

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> SlaPolicyEditor.toPolicy(bad, null));

        assertThat(refused.violations()).extracting(FieldViolation::field).containsExactlyInAnyOrder("id", "name",
                "position", "targets.ACCEPT", "targets.RESOLUTION", "calendar.zone", "calendar.openingHours.MONDAY");
    }

    @Test
    void aPolicyWithoutTargetsIsRefusedForItsTargets() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> SlaPolicyEditor.toPolicy(details("ok-id", "Fine", 1, Map.of(), null), null));

        assertThat(refused.violations()).extracting(FieldViolation::field).containsExactly("targets");
    }

    @Test
    void aValidPolicyBecomesMinutesAndOpeningHours() {
        SlaPolicy policy = SlaPolicyEditor.toPolicy(details("vip-fast", "VIP fast", 3,
                Map.of(Milestone.ACCEPT, Duration.ofMinutes(30)), new Calendar("Asia/Shanghai",
                        Map.of(DayOfWeek.MONDAY, "09:00-18:00"), Set.of())), 4L);

        assertThat(policy.targetMinutes()).containsEntry(Milestone.ACCEPT, 30L);
        assertThat(policy.calendar().openingHours()).containsKey(DayOfWeek.MONDAY);
        assertThat(policy.version()).isEqualTo(4L);
    }

    private static SlaPolicyDetails details(String id, String name, int position, Map<Milestone, Duration> targets,
                                            Calendar calendar) {
        return new SlaPolicyDetails(id, name, position, "custom", true, Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), null, targets, calendar, Set.of(), null);
    }
}
