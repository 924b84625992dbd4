package dev.crm.app.console.web.hr;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.DuplicateRecordException;
import dev.crm.core.api.IllegalStateTransitionException;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.PageQuery;
import dev.crm.training.api.AssessmentDesk;
import dev.crm.training.api.AssessmentDesk.AttemptReading;
import dev.crm.training.api.AssessmentDesk.CandidatePaper;
import dev.crm.training.api.AssessmentDesk.GivenAnswer;
import dev.crm.training.api.AssessmentDesk.PaperQuestion;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sitting an assessment as a candidate: any staff member (not integrator machines). The paper page is
 * built from the candidate's paper, which has no answer key to show; the timer ticks against the
 * server's deadline, and the server alone decides whether a submission is late.
 */
@Controller
class AssessmentPages {

    static final String PATH = "/console/hr/my-training";
    static final String ATTEMPTS = "/console/hr/attempts";

    private final AssessmentDesk desk;
    private final Clock clock;

    AssessmentPages(AssessmentDesk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
    }

    @GetMapping(PATH)
    @PreAuthorize(HrArea.CANDIDATES)
    String myTraining(Model model) {
        model.addAttribute("assessments", desk.assessments(null, PageQuery.of(0, 100)).items());
        model.addAttribute("attempts", desk.myAttempts());
        return "console/hr/my-training";
    }

    @PostMapping("/console/hr/assessments/{code}/attempts")
    @PreAuthorize(HrArea.CANDIDATES)
    String start(@PathVariable String code, RedirectAttributes redirect) {
        try {
            return "redirect:" + ATTEMPTS + "/" + desk.start(code).id();
        } catch (BusinessRuleViolationException | DuplicateRecordException e) {
            redirect.addFlashAttribute("refusal", e.getMessage());
            return "redirect:" + PATH;
        }
    }

    @GetMapping(ATTEMPTS + "/{id}")
    @PreAuthorize(HrArea.CANDIDATES)
    String attempt(@PathVariable String id, Model model) {
        return page(desk.open(id), model);
    }

    /** Answers come as {@code answer-<questionId>} (option ids) and {@code text-<questionId>} (free text). */
    @PostMapping(ATTEMPTS + "/{id}/submit")
    @PreAuthorize(HrArea.CANDIDATES)
    String submit(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model,
                  RedirectAttributes redirect) {
        AttemptReading reading = desk.open(id);
        if (reading.paper() == null) {
            return "redirect:" + ATTEMPTS + "/" + id;
        }
        List<GivenAnswer> answers = new ArrayList<>();
        for (PaperQuestion question : reading.paper().questions()) {
            List<String> options = form.getOrDefault("answer-" + question.id(), List.of());
            String text = form.getFirst("text-" + question.id());
            boolean hasText = text != null && !text.isBlank();
            if (!options.isEmpty() || hasText) {
                answers.add(new GivenAnswer(question.id(), options.isEmpty() ? null : options,
                        hasText ? text : null));
            }
        }
        try {
            desk.submit(id, answers);
        } catch (InvalidInputException e) {
            model.addAttribute("refusal", e.getMessage());
            return page(reading, model);
        } catch (BusinessRuleViolationException | IllegalStateTransitionException e) {
            // Late (or already closed): the server refused and stored nothing; say so on the attempt's page.
            redirect.addFlashAttribute("refusal", e.getMessage());
            redirect.addFlashAttribute("late", true);
        }
        return "redirect:" + ATTEMPTS + "/" + id;
    }

    private String page(AttemptReading reading, Model model) {
        CandidatePaper paper = reading.paper();
        if (paper != null) {
            model.addAttribute("paper", paper);
            Duration left = Duration.between(clock.instant(), paper.deadline());
            model.addAttribute("secondsLeft", Math.max(0, left.getSeconds()));
            return "console/hr/attempt";
        }
        model.addAttribute("result", reading.record());
        return "console/hr/attempt-result";
    }
}
