package dev.crm.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.AuditRecord;
import dev.crm.core.api.OutboundMessageDraft;
import dev.crm.core.api.OutboundMessageStatus;
import dev.crm.core.api.OutboundMessageView;
import dev.crm.core.api.Outbox;
import dev.crm.core.api.Role;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OutboxAndAuditTest extends ApiIntegrationTest {

    @Autowired
    Outbox outbox;

    @Autowired
    AuditLog auditLog;

    @Test
    void anEnqueuedMessageIsStoredPendingAndDueNow() {
        OutboundMessageView queued = outbox.enqueue(OutboundMessageDraft.plain("email", "li.wei@example.com",
                "Your complaint C-2026-000001", "We received your complaint."));

        OutboundMessageView stored = outbox.find(queued.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(OutboundMessageStatus.PENDING);
        assertThat(stored.attempts()).isZero();
        assertThat(stored.nextAttemptAt()).isEqualTo(stored.createdAt());
        assertThat(stored.recipient()).isEqualTo("li.wei@example.com");
    }

    @Test
    void theSameDedupeKeyEnqueuesOneMessage() {
        String key = "ack-" + UUID.randomUUID();
        OutboundMessageDraft draft = OutboundMessageDraft.plain("sms", "+8613812345678", null, "Received")
                .withDedupeKey(key);

        OutboundMessageView first = outbox.enqueue(draft);
        OutboundMessageView second = outbox.enqueue(draft);

        assertThat(second.id()).isEqualTo(first.id());
    }

    @Test
    void aDraftWithoutBodyOrTemplateIsRefused() {
        assertThatThrownBy(() -> OutboundMessageDraft.plain("email", "x@example.com", "s", " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAuditLogKeepsEntriesInOrderPerRecord() {
        String recordId = UUID.randomUUID().toString();
        auditLog.record(AuditEvent.of("li.wei", "complaint.accepted", "Complaint", recordId));
        auditLog.record(new AuditEvent("wang.fang", "complaint.assigned", "Complaint", recordId,
                Map.of("to", "quality")));
        auditLog.record(AuditEvent.of("li.wei", "complaint.accepted", "Complaint", "another"));

        List<AuditRecord> history = auditLog.historyOf("Complaint", recordId);

        assertThat(history).extracting(AuditRecord::action).containsExactly("complaint.accepted", "complaint.assigned");
        assertThat(history.get(1).details()).containsEntry("to", "quality");
        assertThat(history).allSatisfy(entry -> assertThat(entry.at()).isNotNull());
    }

    @Test
    void supervisorsReadTheAuditTrailOverHttpButAgentsCannot() {
        String recordId = UUID.randomUUID().toString();
        auditLog.record(AuditEvent.of("li.wei", "customer.created", "Customer", recordId));

        var asSupervisor = asNewStaff(Role.SUPERVISOR).get("/api/v1/audit?recordType=Customer&recordId=" + recordId);
        assertThat(asSupervisor.status()).isEqualTo(200);
        assertThat(asSupervisor.body().get(0).get("action").asString()).isEqualTo("customer.created");
        assertThat(asNewStaff(Role.AGENT).get("/api/v1/audit?recordType=Customer&recordId=" + recordId).status())
                .isEqualTo(403);
        assertThat(asSupervisor.status()).isEqualTo(200);
        assertThat(asNewStaff(Role.SUPERVISOR).get("/api/v1/audit?recordType=Customer").body().get("errors")
                .get(0).get("field").asString()).isEqualTo("recordId");
    }
}
