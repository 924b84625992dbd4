package dev.crm.app.console.web.hr;

import dev.crm.core.api.BusinessTimeZone;
import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.PageQuery;
import dev.crm.training.api.TrainingDesk;
import dev.crm.training.api.TrainingResults;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Scorecards per period and department, and a course's four Kirkpatrick levels. Results are private
 * as in the API: the module answers only with the people the caller may see and refuses (403) a
 * scorecard of anyone else.
 */
@Controller
class ResultPages {

    static final String PATH = "/console/hr/scorecards";

    private final TrainingResults results;
    private final TrainingDesk desk;
    private final CurrentStaff currentStaff;
    private final BusinessTimeZone zone;
    private final Clock clock;

    ResultPages(TrainingResults results, TrainingDesk desk, CurrentStaff currentStaff, BusinessTimeZone zone,
                Clock clock) {
        this.results = results;
        this.desk = desk;
        this.currentStaff = currentStaff;
        this.zone = zone;
        this.clock = clock;
    }

    @GetMapping(PATH)
    @PreAuthorize(HrArea.READERS)
    String scorecards(@RequestParam(required = false) String period, @RequestParam(required = false) String department,
                      Model model) {
        String shown = period == null || period.isBlank() ? currentQuarter() : period.strip();
        model.addAttribute("period", shown);
        model.addAttribute("department", department);
        model.addAttribute("departments", desk.departments());
        try {
            model.addAttribute("scorecards", results.scorecards(shown, department, PageQuery.of(0, 200)).items());
        } catch (InvalidInputException e) {
            model.addAttribute("periodError", true);
        }
        model.addAttribute("me", currentStaff.username());
        return "console/hr/scorecards";
    }

    @GetMapping(PATH + "/{username}")
    @PreAuthorize(HrArea.READERS)
    String scorecard(@PathVariable String username, @RequestParam(required = false) String period, Model model) {
        String shown = period == null || period.isBlank() ? currentQuarter() : period.strip();
        model.addAttribute("card", results.scorecard(username, shown));
        return "console/hr/scorecard";
    }

    @GetMapping("/console/hr/courses/{code}/evaluation")
    @PreAuthorize(HrArea.EVALUATORS)
    String evaluation(@PathVariable String code, @RequestParam(required = false) Integer windowDays,
                      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                      Authentication user, Model model) {
        model.addAttribute("course", desk.course(code));
        model.addAttribute("windowDays", windowDays);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        try {
            model.addAttribute("evaluation", results.evaluation(code, windowDays, from, to));
        } catch (InvalidInputException e) {
            model.addAttribute("refusal", e.getMessage());
        }
        return "console/hr/evaluation";
    }

    private String currentQuarter() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone.zone());
        return today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
    }
}
