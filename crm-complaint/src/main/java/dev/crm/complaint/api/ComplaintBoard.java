package dev.crm.complaint.api;

import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import java.time.Instant;
import java.util.Map;

/**
 * A supervisor's view of complaints, for the web console: the open complaints of a department (or
 * all) by state and owner with their SLA standing, the escalated and breached ones, and handing a
 * complaint over to another owner. Acts as the signed-in staff member, with the same checks as the
 * REST API (search and hand-over).
 */
public interface ComplaintBoard {

    /** Open complaints matching the filter, soonest deadline first, with counts over all of them. */
    Board board(BoardFilter filter, PageQuery page);

    /** Open complaints with a breached target, the most recently breached or escalated first. */
    ResultPage<BoardItem> escalations(PageQuery page);

    /**
     * Makes {@code newOwner} the owner, on the version the user saw (the API's hand-over).
     *
     * @throws dev.crm.core.api.BusinessRuleViolationException naming newOwner or reason when missing
     * @throws org.springframework.dao.OptimisticLockingFailureException when someone changed it meanwhile
     * @throws org.springframework.security.access.AccessDeniedException when this user may not act on it
     */
    BoardItem handOver(String number, long seenVersion, String newOwner, String reason);

    /** Every criterion is optional; {@code department} is the handling department of the assignment. */
    record BoardFilter(String department, ComplaintState state, String owner, Boolean breached) {

        public static BoardFilter all() {
            return new BoardFilter(null, null, null, null);
        }
    }

    /** One page of the board and, over every matching complaint, how many are in each state and with each owner. */
    record Board(ResultPage<BoardItem> items, Map<ComplaintState, Long> byState, Map<String, Long> byOwner,
                 long breached) {
    }

    /**
     * One complaint on the board.
     *
     * @param escalationTier the highest tier it was escalated to (0: none)
     * @param lastSlaAlarmAt when it was last breached or escalated, or null
     */
    record BoardItem(String number, long version, ComplaintState state, Channel channel, Grade grade,
                     ComplaintType type, String owner, String department, String description, Instant receivedAt,
                     ComplaintDesk.Deadline next, boolean breached, int escalationTier, Instant lastSlaAlarmAt) {
    }
}
