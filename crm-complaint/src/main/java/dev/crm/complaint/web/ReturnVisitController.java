package dev.crm.complaint.web;

import dev.crm.complaint.application.SurveyAnswers;
import dev.crm.complaint.application.SurveyQueries;
import dev.crm.complaint.domain.ReturnVisit;
import dev.crm.complaint.web.SurveyWebMapper.ReturnVisitResponse;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Phone return visits (001 §4.3): the post-resolution surveys of customers no channel reaches, as
 * work for the complaint's owner. The agent records the answer, or a call nobody answered.
 */
@RestController
@RequestMapping("/api/v1/return-visits")
@PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT')")
class ReturnVisitController {

    private final SurveyQueries queries;
    private final SurveyAnswers answers;
    private final SurveyWebMapper mapper;

    ReturnVisitController(SurveyQueries queries, SurveyAnswers answers, SurveyWebMapper mapper) {
        this.queries = queries;
        this.answers = answers;
        this.mapper = mapper;
    }

    record Unanswered(@Size(max = 2_000) String note) {
    }

    /** Soonest due first; agents see their own and the unassigned pool. */
    @GetMapping
    ResultPage<ReturnVisitResponse> list(@RequestParam(required = false) ReturnVisit.Status status,
                                         @RequestParam(required = false) String assignee,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        return queries.returnVisits(status, assignee == null || assignee.isBlank() ? null : assignee.strip(),
                PageQuery.of(page, size)).map(mapper::toResponse);
    }

    @GetMapping("/{id}")
    ReturnVisitResponse get(@PathVariable String id) {
        return mapper.toResponse(queries.returnVisit(id));
    }

    /** The customer answered the call: the same answer fields as the survey link. */
    @PostMapping("/{id}/answer")
    ReturnVisitResponse answer(@PathVariable String id, @RequestBody SurveyAnswerRequest body) {
        return mapper.toResponse(answers.answerReturnVisit(id, body.csat(), body.nps(), body.comment()));
    }

    @PostMapping("/{id}/no-answer")
    ReturnVisitResponse noAnswer(@PathVariable String id, @Valid @RequestBody(required = false) Unanswered body) {
        return mapper.toResponse(answers.callUnanswered(id, body == null ? null : body.note()));
    }
}
