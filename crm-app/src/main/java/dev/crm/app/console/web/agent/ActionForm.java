package dev.crm.app.console.web.agent;

import dev.crm.complaint.api.ComplaintDesk.ActionInput;
import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.api.Grade;
import jakarta.validation.constraints.Size;

/**
 * The inputs of one lifecycle action as posted from the complaint page; each action's form sends only
 * its own fields. {@code version} is the version the page showed, so a stale page cannot act.
 */
record ActionForm(Long version, Grade grade, ComplaintType type, @Size(max = 2000) String plan,
                  @Size(max = 100) String handler, @Size(max = 100) String department,
                  @Size(max = 2000) String reason, @Size(max = 10000) String solution,
                  @Size(max = 50) String customerNotifiedVia, String outcome, Integer attempts,
                  @Size(max = 2000) String note) {

    ActionInput input() {
        return new ActionInput(grade, type, plan, handler, department, reason, solution, customerNotifiedVia, outcome,
                attempts, note);
    }
}
