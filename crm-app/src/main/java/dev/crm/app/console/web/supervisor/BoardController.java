package dev.crm.app.console.web.supervisor;

import dev.crm.complaint.api.ComplaintBoard;
import dev.crm.complaint.api.ComplaintBoard.Board;
import dev.crm.complaint.api.ComplaintBoard.BoardFilter;
import dev.crm.complaint.api.ComplaintState;
import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.StaffDirectory;
import dev.crm.core.api.StaffMember;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The department board: open complaints of the supervisor's department (or of any, when the filter is
 * emptied) with counts by state and owner and each one's SLA standing.
 */
@Controller
class BoardController {

    static final String PATH = "/console/supervisor/board";
    private static final int PAGE_SIZE = 25;

    private final ComplaintBoard board;
    private final StaffDirectory staffDirectory;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    BoardController(ComplaintBoard board, StaffDirectory staffDirectory, CurrentStaff currentStaff, Clock clock) {
        this.board = board;
        this.staffDirectory = staffDirectory;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    /**
     * @param department absent: the signed-in supervisor's own department; empty: every department
     * @param sla        {@code breached}, {@code not-breached} or empty for both
     */
    @GetMapping(PATH)
    @PreAuthorize(SupervisorArea.SUPERVISORS)
    String board(@RequestParam(required = false) String department,
                 @RequestParam(required = false) ComplaintState state,
                 @RequestParam(required = false) String owner,
                 @RequestParam(required = false) String sla,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        String chosenDepartment = department != null ? department.strip() : ownDepartment();
        Boolean breached = "breached".equals(sla) ? Boolean.TRUE : "not-breached".equals(sla) ? Boolean.FALSE : null;
        BoardFilter filter = new BoardFilter(chosenDepartment, state, owner, breached);
        Board result = board.board(filter, new PageQuery(Math.max(page, 0), PAGE_SIZE));
        Instant now = clock.instant();
        model.addAttribute("filter", new BoardFilterForm(chosenDepartment, state, owner == null ? "" : owner.strip(),
                sla == null ? "" : sla));
        model.addAttribute("states", openStates());
        model.addAttribute("rows", result.items().items().stream().map(item -> BoardRow.of(item, now)).toList());
        model.addAttribute("byState", result.byState());
        model.addAttribute("byOwner", result.byOwner());
        model.addAttribute("breachedCount", result.breached());
        model.addAttribute("page", result.items().page());
        model.addAttribute("total", result.items().total());
        model.addAttribute("hasNext", (long) (result.items().page() + 1) * result.items().size()
                < result.items().total());
        model.addAttribute("now", now);
        return "console/supervisor/board";
    }

    private String ownDepartment() {
        return staffDirectory.findByUsername(currentStaff.username()).map(StaffMember::department).orElse("");
    }

    private static List<ComplaintState> openStates() {
        return Arrays.stream(ComplaintState.values()).filter(ComplaintState::isOpen).toList();
    }

    /** The filter as the form shows it again. */
    record BoardFilterForm(String department, ComplaintState state, String owner, String sla) {
    }
}
