package dev.crm.complaint.web;

import dev.crm.complaint.application.ComplaintArchive;
import dev.crm.complaint.application.SurveyQueries;
import dev.crm.complaint.web.SurveyWebMapper.SurveyResponse;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A complaint's satisfaction surveys, one per resolution, with their answers. */
@RestController
@RequestMapping("/api/v1/complaints/{number}/surveys")
class ComplaintSurveysController {

    private final ComplaintArchive archive;
    private final SurveyQueries queries;
    private final SurveyWebMapper mapper;

    ComplaintSurveysController(ComplaintArchive archive, SurveyQueries queries, SurveyWebMapper mapper) {
        this.archive = archive;
        this.queries = queries;
        this.mapper = mapper;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT', 'ANALYST')")
    List<SurveyResponse> list(@PathVariable String number, @RequestParam(required = false) String purpose) {
        archive.read(number, purpose, "surveys");
        return queries.ofComplaint(number).stream().map(mapper::toResponse).toList();
    }
}
