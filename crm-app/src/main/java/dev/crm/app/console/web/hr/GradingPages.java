package dev.crm.app.console.web.hr;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.IllegalStateTransitionException;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.PageQuery;
import dev.crm.training.api.AssessmentDesk;
import dev.crm.training.api.AssessmentDesk.AttemptRecord;
import dev.crm.training.api.AssessmentDesk.CriterionPoints;
import dev.crm.training.api.AssessmentDesk.KeyedCriterion;
import dev.crm.training.api.AssessmentDesk.RecordQuestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
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
 * The grading queue: attempts of the assessments the caller reviews (HR: all) waiting for rubric
 * points. Grading is for a named reviewer only, never the candidate — the module refuses anyone else
 * (403), and the page of an attempt without the answer key (the candidate's own) is refused too.
 */
@Controller
class GradingPages {

    static final String PATH = "/console/hr/grading";
    private static final Pattern CRITERION = Pattern.compile("criteria\\[(\\d+)]\\.(\\w+)");

    private final AssessmentDesk desk;
    private final MessageSource messages;

    GradingPages(AssessmentDesk desk, MessageSource messages) {
        this.desk = desk;
        this.messages = messages;
    }

    @GetMapping(PATH)
    @PreAuthorize(HrArea.CANDIDATES)
    String queue(Model model) {
        model.addAttribute("queue", desk.gradingQueue(null, PageQuery.of(0, 100)));
        return "console/hr/grading";
    }

    @GetMapping(PATH + "/{attemptId}")
    @PreAuthorize(HrArea.CANDIDATES)
    String attempt(@PathVariable String attemptId, Model model) {
        return page(reviewable(attemptId), null, Map.of(), List.of(), Map.of(), model);
    }

    /** Points come as {@code points-<criterionId>}, comments as {@code comment-<criterionId>}. */
    @PostMapping(PATH + "/{attemptId}/{questionId}")
    @PreAuthorize(HrArea.CANDIDATES)
    String grade(@PathVariable String attemptId, @PathVariable String questionId,
                 @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        AttemptRecord attempt = reviewable(attemptId);
        RecordQuestion question = attempt.questions().stream().filter(q -> q.id().equals(questionId) && q.open())
                .findFirst().orElseThrow(() -> new AccessDeniedException("no open answer " + questionId));
        Map<String, String> errors = new LinkedHashMap<>();
        List<CriterionPoints> points = new ArrayList<>();
        for (KeyedCriterion criterion : question.rubric()) {
            String given = form.getFirst("points-" + criterion.id());
            String comment = form.getFirst("comment-" + criterion.id());
            try {
                points.add(new CriterionPoints(criterion.id(), Integer.parseInt(given == null ? "" : given.strip()),
                        comment == null || comment.isBlank() ? null : comment));
            } catch (NumberFormatException e) {
                errors.put(criterion.id(), message("hr.grade.points-required", criterion.maxPoints()));
            }
        }
        if (errors.isEmpty()) {
            try {
                desk.grade(attemptId, questionId, points);
                redirect.addFlashAttribute("saved", "hr.grade.saved");
                return "redirect:" + PATH + "/" + attemptId;
            } catch (InvalidInputException e) {
                List<String> global = new ArrayList<>();
                for (FieldViolation violation : e.violations()) {
                    Matcher matcher = CRITERION.matcher(violation.field() == null ? "" : violation.field());
                    int index = matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
                    if (index >= 0 && index < question.rubric().size()) {
                        KeyedCriterion criterion = question.rubric().get(index);
                        errors.put(criterion.id(), message("hr.grade.points-range", criterion.maxPoints()));
                    } else {
                        global.add(violation.message());
                    }
                }
                return page(attempt, questionId, errors, global, form.toSingleValueMap(), model);
            } catch (BusinessRuleViolationException | IllegalStateTransitionException e) {
                return page(attempt, questionId, errors, List.of(e.getMessage()), form.toSingleValueMap(), model);
            }
        }
        return page(attempt, questionId, errors, List.of(), form.toSingleValueMap(), model);
    }

    /** The full record, which only readers with the key get; the candidate's own paper is not gradable. */
    private AttemptRecord reviewable(String attemptId) {
        AttemptRecord attempt = desk.open(attemptId).record();
        if (attempt == null) {
            throw new AccessDeniedException("a candidate does not grade their own attempt");
        }
        return attempt;
    }

    private String page(AttemptRecord attempt, String questionId, Map<String, String> errors, List<String> global,
                        Map<String, String> given, Model model) {
        model.addAttribute("result", attempt);
        model.addAttribute("gradingQuestion", questionId);
        model.addAttribute("errors", errors);
        model.addAttribute("globalErrors", global);
        model.addAttribute("given", given);
        return "console/hr/grade";
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
