package dev.crm.complaint.application;

import dev.crm.complaint.api.ComplaintBoard;
import dev.crm.complaint.api.ComplaintDesk.Deadline;
import dev.crm.complaint.api.ComplaintState;
import dev.crm.complaint.application.ComplaintCommands.Who;
import dev.crm.complaint.domain.Complaint;
import dev.crm.complaint.domain.ComplaintCriteria;
import dev.crm.complaint.domain.MilestoneClock;
import dev.crm.complaint.domain.SlaEvent;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * The supervisor's board over the same registry and commands as the REST API. The counts and the
 * escalation order need every matching open complaint, so those are read page by page: open
 * complaints are a bounded set, and the embedded store scans for them anyway.
 */
@Service
class DepartmentBoard implements ComplaintBoard {

    private static final int BATCH = ResultPage.MAX_SIZE;
    private static final String UNOWNED = "";

    private final ComplaintRegistry registry;
    private final ComplaintCommands commands;

    DepartmentBoard(ComplaintRegistry registry, ComplaintCommands commands) {
        this.registry = registry;
        this.commands = commands;
    }

    @Override
    public Board board(BoardFilter filter, PageQuery page) {
        BoardFilter f = filter == null ? BoardFilter.all() : filter;
        ComplaintCriteria criteria = new ComplaintCriteria(f.state(), null, null, blank(f.owner()),
                blank(f.department()), null, f.breached(), null, null, null, true, null);
        ResultPage<BoardItem> items = registry.search(criteria, page).map(DepartmentBoard::item);
        Map<ComplaintState, Long> byState = new EnumMap<>(ComplaintState.class);
        Map<String, Long> byOwner = new TreeMap<>();
        long[] breached = {0};
        eachMatching(criteria, complaint -> {
            byState.merge(complaint.getState(), 1L, Long::sum);
            byOwner.merge(complaint.getOwner() == null ? UNOWNED : complaint.getOwner(), 1L, Long::sum);
            if (complaint.isBreached()) {
                breached[0]++;
            }
        });
        return new Board(items, byState, byOwner, breached[0]);
    }

    @Override
    public ResultPage<BoardItem> escalations(PageQuery page) {
        ComplaintCriteria criteria = new ComplaintCriteria(null, null, null, null, null, null, true, null, null,
                null, true, null);
        List<BoardItem> all = new ArrayList<>();
        eachMatching(criteria, complaint -> all.add(item(complaint)));
        all.sort(Comparator.comparing(BoardItem::lastSlaAlarmAt, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(BoardItem::number));
        int from = (int) Math.min(page.offset(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return new ResultPage<>(all.subList(from, to), page.page(), page.size(), all.size());
    }

    @Override
    public BoardItem handOver(String number, long seenVersion, String newOwner, String reason) {
        return item(commands.run(number, seenVersion, "handed-over", Who.WORKERS,
                (complaint, by, at, sla) -> complaint.handOver(newOwner, reason, by, at)));
    }

    private void eachMatching(ComplaintCriteria criteria, Consumer<Complaint> action) {
        int pageNumber = 0;
        while (true) {
            ResultPage<Complaint> batch = registry.search(criteria, new PageQuery(pageNumber, BATCH));
            batch.items().forEach(action);
            if (batch.items().size() < BATCH) {
                return;
            }
            pageNumber++;
        }
    }

    private static BoardItem item(Complaint c) {
        int tier = 0;
        Instant lastAlarm = null;
        for (SlaEvent event : c.getSlaEvents()) {
            if (event.kind() == SlaEvent.Kind.WARNING) {
                continue;
            }
            if (event.kind() == SlaEvent.Kind.ESCALATION) {
                tier = Math.max(tier, event.tier());
            }
            if (lastAlarm == null || event.at().isAfter(lastAlarm)) {
                lastAlarm = event.at();
            }
        }
        if (lastAlarm == null) {
            // A breach the escalation pass has not recorded as an event yet still has its instant.
            lastAlarm = c.getSla().milestones().stream().map(MilestoneClock::breachedAt)
                    .filter(at -> at != null).max(Comparator.naturalOrder()).orElse(null);
        }
        return new BoardItem(c.getNumber(), c.getVersion(), c.getState(), c.getChannel(), c.getGrade(), c.getType(),
                c.getOwner(), c.getAssignment() == null ? null : c.getAssignment().department(), c.getDescription(),
                c.getReceivedAt(), nextDeadline(c), c.isBreached(), tier, lastAlarm);
    }

    private static Deadline nextDeadline(Complaint complaint) {
        return complaint.getSla().milestones().stream()
                .filter(clock -> !clock.isMet() && clock.dueAt() != null)
                .min(Comparator.comparing(MilestoneClock::dueAt))
                .map(clock -> new Deadline(clock.milestone(), clock.warnAt(), clock.dueAt(), clock.metAt(),
                        clock.breachedAt()))
                .orElse(null);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
