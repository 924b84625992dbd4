package dev.crm.complaint.domain.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RootCauseAnalysisTest {

    @Test
    void theWhysChainKeepsTheOrderItWasAskedIn() {
        RootCauseAnalysis analysis = RootCauseAnalysis.of(List.of(new WhyStep("Why late?", " The van broke "),
                new WhyStep("Why did it break?", "No maintenance"), new WhyStep("Why none?", "No schedule")),
                List.of(), "No maintenance schedule", FishboneCategory.PROCESS);

        assertThat(analysis.whys()).extracting(WhyStep::answer).containsExactly("The van broke", "No maintenance",
                "No schedule");
    }

    @Test
    void aChainMayRunPastFiveButNotPastTen() {
        List<WhyStep> ten = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            ten.add(new WhyStep("Why " + i + "?", "Because " + i));
        }
        assertThat(RootCauseAnalysis.of(ten, null, null, null).whys()).hasSize(10);

        ten.add(new WhyStep("Why 11?", "Because 11"));
        assertThatThrownBy(() -> RootCauseAnalysis.of(ten, null, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("whys"));
    }

    @Test
    void badEntriesAreNamedByTheirPosition() {
        assertThatThrownBy(() -> RootCauseAnalysis.of(List.of(new WhyStep("Why?", "Because"),
                        new WhyStep("Why then?", " ")), Arrays.asList(new FishboneCause(null, "Training"),
                        new FishboneCause(FishboneCategory.PEOPLE, "")), null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("whys[1].answer", "fishbone[0].category", "fishbone[1].cause"));
    }
}
