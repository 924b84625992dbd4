package dev.crm.complaint.domain;

import static dev.crm.complaint.domain.Complaints.NOW;
import static dev.crm.complaint.domain.Complaints.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.IllegalStateTransitionException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FindingTest {

    private static final Instant LATER = NOW.plus(Duration.ofHours(5));

    @Test
    void findingsAreAppendedInOrderAndShowOnTheTimeline() {
        Complaint complaint = ComplaintLifecycleTest.inProgress();

        complaint.recordFinding(" wang.fang ", true, "Promised a refund that policy does not allow", "zhou.li", LATER);
        complaint.recordFinding("wang.fang", false, "Refund was approved after all", "zhou.li", LATER.plusSeconds(1));

        assertThat(complaint.getFindings()).extracting(Finding::seq, Finding::staff, Finding::substantiated)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "wang.fang", true),
                        org.assertj.core.groups.Tuple.tuple(2, "wang.fang", false));
        assertThat(complaint.getTransitions().get(complaint.getTransitions().size() - 2).note())
                .isEqualTo("finding: complaint substantiated against wang.fang");
    }

    @Test
    void aFindingNeedsAClassifiedComplaintTheStaffMemberAndItsGrounds() {
        Complaint registered = aComplaint().registered();
        assertThatThrownBy(() -> registered.recordFinding("wang.fang", true, "why", "zhou.li", LATER))
                .isInstanceOf(IllegalStateTransitionException.class);

        Complaint complaint = ComplaintLifecycleTest.inProgress();
        assertThatThrownBy(() -> complaint.recordFinding(" ", true, null, "zhou.li", LATER))
                .isInstanceOf(BusinessRuleViolationException.class)
                .satisfies(e -> assertThat(((BusinessRuleViolationException) e).violations())
                        .extracting(v -> v.field()).containsExactly("staff", "note"));
        assertThat(complaint.getFindings()).isEmpty();
    }

    @Test
    void retentionRedactsTheGroundsButKeepsWhoWasFoundAtFault() {
        Complaint complaint = ComplaintFollowUpTest.closedByStaff();
        Instant closedAt = complaint.getClosedAt();
        complaint.recordFinding("wang.fang", true, "Told the customer their name on a public line", "zhou.li",
                closedAt.plusSeconds(60));

        complaint.anonymise("retention", closedAt.plus(Duration.ofDays(2000)));

        assertThat(complaint.getFindings().get(0).note()).isEqualTo(Complaint.ANONYMISED);
        assertThat(complaint.getFindings().get(0).staff()).isEqualTo("wang.fang");
        assertThat(complaint.getFindings().get(0).substantiated()).isTrue();
    }
}
