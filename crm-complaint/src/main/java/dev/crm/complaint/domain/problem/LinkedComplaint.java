package dev.crm.complaint.domain.problem;

import java.time.Instant;

/**
 * A complaint on a problem record, with who linked it and why; an unlinked one stays listed (with
 * who unlinked it and why) so detection does not link it again.
 */
public record LinkedComplaint(String number, LinkReason reason, Instant linkedAt, String linkedBy, String note,
                              Instant unlinkedAt, String unlinkedBy, String unlinkReason) {

    public boolean isLinked() {
        return unlinkedAt == null;
    }

    LinkedComplaint unlinked(String reason, String by, Instant at) {
        return new LinkedComplaint(number, this.reason, linkedAt, linkedBy, note, at, by, reason);
    }
}
