package dev.crm.complaint.web;

import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.api.Grade;
import dev.crm.complaint.api.ThirdPartyKind;
import dev.crm.complaint.domain.FollowUpOutcome;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * Bodies of the lifecycle commands. Which fields a command needs is the aggregate's rule (a
 * missing one is a 422 naming it); here only sizes are bounded.
 */
final class ComplaintCommandRequests {

    private ComplaintCommandRequests() {
    }

    record Assess(Grade grade, ComplaintType type, @Size(max = 5_000) String plan) {
    }

    record Assign(@Size(max = 64) String handler, @Size(max = 100) String department, ThirdPartyKind thirdPartyKind,
                  @Size(max = 200) String thirdPartyName) {
    }

    record Respond(@Size(max = 10_000) String text, @Size(max = 50) String via) {
    }

    record Reason(@Size(max = 2_000) String reason) {
    }

    record Resolve(@Size(max = 10_000) String solution, @Size(max = 50) String customerNotifiedVia) {
    }

    record Close(FollowUpOutcome.Result result, @Min(0) int attempts, @Size(max = 2_000) String note) {
    }

    record HandOver(@Size(max = 64) String newOwner, @Size(max = 2_000) String reason) {
    }
}
