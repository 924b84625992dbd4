package dev.crm.app.console.web.supervisor;

import dev.crm.app.console.web.agent.SlaStanding;
import dev.crm.complaint.api.ComplaintBoard.BoardItem;
import java.time.Duration;
import java.time.Instant;

/** One complaint on the board or the escalation list as shown at {@code now}. */
record BoardRow(BoardItem item, SlaStanding standing, Duration remaining) {

    static BoardRow of(BoardItem item, Instant now) {
        Duration remaining = item.next() == null || item.next().dueAt() == null ? null
                : Duration.between(now, item.next().dueAt());
        return new BoardRow(item, SlaStanding.of(item.next(), item.breached(), now), remaining);
    }
}
