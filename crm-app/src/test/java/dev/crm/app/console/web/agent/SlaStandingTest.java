package dev.crm.app.console.web.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.complaint.api.ComplaintDesk.Deadline;
import dev.crm.complaint.api.Milestone;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlaStandingTest {

    private static final Instant WARN = Instant.parse("2026-12-01T10:12:00Z");
    private static final Instant DUE = Instant.parse("2026-12-01T10:15:00Z");
    private static final Deadline FIRST_RESPONSE = new Deadline(Milestone.FIRST_RESPONSE, WARN, DUE, null, null);

    @Test
    void beforeTheWarningItIsOnTime() {
        assertThat(SlaStanding.of(FIRST_RESPONSE, false, WARN.minusSeconds(1))).isEqualTo(SlaStanding.ON_TIME);
    }

    @Test
    void fromTheWarningUntilTheDeadlineItIsDueSoon() {
        assertThat(SlaStanding.of(FIRST_RESPONSE, false, WARN)).isEqualTo(SlaStanding.WARNING);
        assertThat(SlaStanding.of(FIRST_RESPONSE, false, DUE.minusSeconds(1))).isEqualTo(SlaStanding.WARNING);
    }

    @Test
    void fromTheDeadlineOnItIsOverdueEvenBeforeThePassRecordsTheBreach() {
        assertThat(SlaStanding.of(FIRST_RESPONSE, false, DUE)).isEqualTo(SlaStanding.OVERDUE);
    }

    @Test
    void aRecordedBreachStaysWhateverTheNextDeadline() {
        assertThat(SlaStanding.of(FIRST_RESPONSE, true, WARN.minusSeconds(60))).isEqualTo(SlaStanding.BREACHED);
        assertThat(SlaStanding.of(null, true, DUE)).isEqualTo(SlaStanding.BREACHED);
    }

    @Test
    void withoutAnOpenDeadlineThereIsNothingToCountDown() {
        assertThat(SlaStanding.of(null, false, DUE)).isEqualTo(SlaStanding.NO_DEADLINE);
        QueueRow row = QueueRow.of(new dev.crm.complaint.api.ComplaintDesk.QueueItem("C-2026-000001", null, null,
                null, null, null, null, "text", DUE, null, false), DUE);
        assertThat(row.remaining()).isNull();
    }

    @Test
    void theRowCountsDownToTheNextDeadline() {
        QueueRow row = QueueRow.of(new dev.crm.complaint.api.ComplaintDesk.QueueItem("C-2026-000001", null, null,
                null, null, null, null, "text", WARN, FIRST_RESPONSE, false), WARN);
        assertThat(row.remaining()).hasMinutes(3);
        assertThat(row.standing()).isEqualTo(SlaStanding.WARNING);
    }
}
