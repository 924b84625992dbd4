package dev.crm.app.console.web.agent;

import dev.crm.complaint.api.ComplaintDesk;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * My queue: the complaints I own or handle and the unowned ones, soonest deadline first, with what is
 * left of each one's next deadline. The rows are fetched again every 30 seconds (htmx), so the
 * countdowns and badges follow the server's clock.
 */
@Controller
class QueueController {

    static final String PATH = "/console/agent/queue";
    private static final int PAGE_SIZE = 25;

    private final ComplaintDesk desk;
    private final Clock clock;

    QueueController(ComplaintDesk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
    }

    @GetMapping(PATH)
    @PreAuthorize(AgentArea.WORKERS)
    String queue(@RequestParam(defaultValue = "0") int page, Model model) {
        rows(page, model);
        return "console/agent/queue";
    }

    @GetMapping(PATH + "/rows")
    @PreAuthorize(AgentArea.WORKERS)
    String rowsOnly(@RequestParam(defaultValue = "0") int page, Model model) {
        rows(page, model);
        return "console/agent/queue :: rows";
    }

    private void rows(int page, Model model) {
        ResultPage<ComplaintDesk.QueueItem> items = desk.queue(new PageQuery(Math.max(page, 0), PAGE_SIZE));
        Instant now = clock.instant();
        model.addAttribute("rows", items.items().stream().map(item -> QueueRow.of(item, now)).toList());
        model.addAttribute("page", items.page());
        model.addAttribute("total", items.total());
        model.addAttribute("hasNext", (long) (items.page() + 1) * items.size() < items.total());
        model.addAttribute("now", now);
    }
}
