package dev.crm.complaint.domain;

import static dev.crm.complaint.domain.Complaints.NOW;
import static dev.crm.complaint.domain.Complaints.SLA;
import static dev.crm.complaint.domain.Complaints.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.api.Grade;
import org.junit.jupiter.api.Test;

class ComplaintProblemLinkTest {

    @Test
    void givingAComplaintATypeLeavesDetectionAToDoInTheSameWrite() {
        Complaint complaint = aComplaint().registered();
        assertThat(complaint.isProblemCheckDue()).isFalse();
        complaint.accept("li.wei", NOW);

        complaint.assess(Grade.LEVEL_2, ComplaintType.SERVICE, null, "li.wei", NOW, SLA);
        assertThat(complaint.isProblemCheckDue()).isTrue();
        complaint.problemCheckDone();
        complaint.assess(Grade.LEVEL_1, ComplaintType.SERVICE, null, "li.wei", NOW, SLA);
        assertThat(complaint.isProblemCheckDue()).as("a new grade alone changes nothing detection looks at")
                .isFalse();
        complaint.assess(Grade.LEVEL_1, ComplaintType.PRICE, null, "li.wei", NOW, SLA);
        assertThat(complaint.isProblemCheckDue()).isTrue();
    }

    @Test
    void aComplaintIsOnOneProblemRecordAtATime() {
        Complaint complaint = aComplaint().registered();

        assertThat(complaint.linkToProblem("P-2026-000001")).isTrue();
        assertThat(complaint.linkToProblem("P-2026-000002")).isFalse();
        assertThat(complaint.unlinkFromProblem("P-2026-000002")).isFalse();
        assertThat(complaint.getProblemId()).isEqualTo("P-2026-000001");
        assertThat(complaint.unlinkFromProblem("P-2026-000001")).isTrue();
        assertThat(complaint.getProblemId()).isNull();
    }
}
