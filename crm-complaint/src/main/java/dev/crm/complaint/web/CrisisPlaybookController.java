package dev.crm.complaint.web;

import static dev.crm.complaint.web.CrisisController.READERS;
import static dev.crm.complaint.web.CrisisController.WRITERS;

import dev.crm.complaint.application.CrisisPlaybooks;
import dev.crm.complaint.domain.crisis.CrisisPlaybook;
import dev.crm.core.api.IfMatch;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The crisis playbook library: SUPERVISOR and ADMIN edit it, AGENT and ANALYST read it. */
@RestController
@RequestMapping("/api/v1/crisis-playbooks")
class CrisisPlaybookController {

    private final CrisisPlaybooks playbooks;
    private final CrisisWebMapper mapper;

    CrisisPlaybookController(CrisisPlaybooks playbooks, CrisisWebMapper mapper) {
        this.playbooks = playbooks;
        this.mapper = mapper;
    }

    @GetMapping
    @PreAuthorize(READERS)
    List<PlaybookResponse> list() {
        return playbooks.list().stream().map(mapper::toResponse).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    ResponseEntity<PlaybookResponse> get(@PathVariable String id) {
        return respond(playbooks.get(id));
    }

    @PostMapping
    @PreAuthorize(WRITERS)
    ResponseEntity<PlaybookResponse> create(@RequestBody CrisisRequests.Playbook body) {
        CrisisPlaybook playbook = playbooks.create(body.name(), body.crisisType(), body.description(), body.toSteps());
        return ResponseEntity.created(URI.create("/api/v1/crisis-playbooks/" + playbook.getId()))
                .eTag(IfMatch.etag(playbook.getVersion())).body(mapper.toResponse(playbook));
    }

    @PutMapping("/{id}")
    @PreAuthorize(WRITERS)
    ResponseEntity<PlaybookResponse> revise(@PathVariable String id,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            @RequestBody CrisisRequests.Playbook body) {
        return respond(playbooks.revise(id, IfMatch.version(ifMatch), body.name(), body.crisisType(),
                body.description(), body.toSteps()));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(WRITERS)
    ResponseEntity<Void> delete(@PathVariable String id) {
        playbooks.delete(id);
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<PlaybookResponse> respond(CrisisPlaybook playbook) {
        return ResponseEntity.ok().eTag(IfMatch.etag(playbook.getVersion())).body(mapper.toResponse(playbook));
    }
}
