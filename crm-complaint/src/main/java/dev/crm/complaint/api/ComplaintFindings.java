package dev.crm.complaint.api;

import java.time.Instant;
import java.util.List;

/**
 * The supervisors' findings about staff on complaints, as a durable feed for the training module
 * (remedial training, 000 §5.3). Findings are append-only and come in a stable order — the instant
 * they were recorded, then complaint number, then their sequence on the complaint — so a reader
 * keeps a cursor and asks for what came after it, and never misses or reorders one.
 * <p>
 * {@code settledBefore} keeps the reader behind the writers: only findings recorded before it are
 * returned, so a finding whose save is still in flight (recorded a moment earlier, visible a moment
 * later) cannot be overtaken by the cursor. Readers pass their clock minus a settle time that is
 * longer than any write takes.
 */
public interface ComplaintFindings {

    /**
     * @param cursor        {@link FindingPage#nextCursor()} of the previous page, or null from the beginning
     * @param settledBefore only findings recorded before this instant
     * @param limit         at most this many (1..500)
     * @throws dev.crm.core.api.InvalidInputException naming {@code cursor} when it is not one of ours
     */
    FindingPage after(String cursor, Instant settledBefore, int limit);

    /**
     * @param type          the complaint's type when the feed was read (a finding needs a typed complaint)
     * @param substantiated true when the staff member was found at fault
     * @param cursor        the position of this finding in the feed
     */
    record ComplaintFinding(String complaintNumber, int seq, ComplaintType type, String staff, boolean substantiated,
                            String note, String recordedBy, Instant recordedAt, String cursor) {
    }

    /** @param nextCursor where to continue: the last finding's cursor, or the cursor asked with when empty */
    record FindingPage(List<ComplaintFinding> findings, String nextCursor) {

        public FindingPage {
            findings = List.copyOf(findings);
        }
    }
}
