package dev.crm.training.web;

import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.training.api.Scorecard;
import dev.crm.training.application.Scorecards;
import dev.crm.training.domain.ReviewPeriod;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Agent scorecards per period: HR everyone's, supervisors their reports', agents their own. */
@RestController
@RequestMapping("/api/v1/training/scorecards")
class ScorecardController {

    private final Scorecards scorecards;

    ScorecardController(Scorecards scorecards) {
        this.scorecards = scorecards;
    }

    @GetMapping
    @PreAuthorize(EvaluationRoles.READERS)
    ResultPage<Scorecard> list(@RequestParam(required = false) String period,
                               @RequestParam(required = false) String department,
                               @RequestParam(required = false) Integer page,
                               @RequestParam(required = false) Integer size) {
        return scorecards.list(ReviewPeriod.parse(period, "period"), department, PageQuery.of(page, size));
    }

    @GetMapping("/{username}")
    @PreAuthorize(EvaluationRoles.READERS)
    Scorecard get(@PathVariable String username, @RequestParam(required = false) String period) {
        return scorecards.of(username, ReviewPeriod.parse(period, "period"));
    }
}
