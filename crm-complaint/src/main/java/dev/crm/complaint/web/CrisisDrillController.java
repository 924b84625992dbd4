package dev.crm.complaint.web;

import static dev.crm.complaint.web.CrisisController.READERS;
import static dev.crm.complaint.web.CrisisController.WRITERS;

import dev.crm.complaint.application.CrisisPlaybooks;
import dev.crm.complaint.domain.crisis.CrisisDrill;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Emergency drills held on playbooks (003 ch. 6): SUPERVISOR and ADMIN record them, staff read them. */
@RestController
@RequestMapping("/api/v1/crisis-drills")
class CrisisDrillController {

    private final CrisisPlaybooks playbooks;
    private final CrisisWebMapper mapper;

    CrisisDrillController(CrisisPlaybooks playbooks, CrisisWebMapper mapper) {
        this.playbooks = playbooks;
        this.mapper = mapper;
    }

    @PostMapping
    @PreAuthorize(WRITERS)
    ResponseEntity<DrillResponse> record(@RequestBody CrisisRequests.Drill body) {
        CrisisDrill drill = playbooks.recordDrill(body.playbookId(), body.scenario(), body.heldAt(),
                body.participants(), body.findings(), body.durationMinutes());
        return ResponseEntity.created(URI.create("/api/v1/crisis-drills/" + drill.id())).body(mapper.toResponse(drill));
    }

    /** Drills, latest first; {@code playbookId} narrows to one playbook's. */
    @GetMapping
    @PreAuthorize(READERS)
    ResultPage<DrillResponse> list(@RequestParam(required = false) String playbookId,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size) {
        return playbooks.drills(playbookId == null || playbookId.isBlank() ? null : playbookId.strip(),
                PageQuery.of(page, size)).map(mapper::toResponse);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    DrillResponse get(@PathVariable String id) {
        return mapper.toResponse(playbooks.drill(id));
    }
}
