package dev.crm.app.console.web.supervisor;

import dev.crm.complaint.api.ComplaintBoard;
import dev.crm.complaint.api.ComplaintBoard.BoardItem;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Open complaints that breached a target or were escalated, the most recent alarm first. */
@Controller
class EscalationsController {

    static final String PATH = "/console/supervisor/escalations";
    private static final int PAGE_SIZE = 25;

    private final ComplaintBoard board;
    private final Clock clock;

    EscalationsController(ComplaintBoard board, Clock clock) {
        this.board = board;
        this.clock = clock;
    }

    @GetMapping(PATH)
    @PreAuthorize(SupervisorArea.SUPERVISORS)
    String escalations(@RequestParam(defaultValue = "0") int page, Model model) {
        ResultPage<BoardItem> items = board.escalations(new PageQuery(Math.max(page, 0), PAGE_SIZE));
        Instant now = clock.instant();
        model.addAttribute("rows", items.items().stream().map(item -> BoardRow.of(item, now)).toList());
        model.addAttribute("page", items.page());
        model.addAttribute("total", items.total());
        model.addAttribute("hasNext", (long) (items.page() + 1) * items.size() < items.total());
        return "console/supervisor/escalations";
    }
}
