package dev.crm.complaint.web;

import dev.crm.complaint.application.Crises;
import dev.crm.complaint.domain.crisis.Crisis;
import dev.crm.complaint.domain.crisis.PostMortem;
import dev.crm.complaint.domain.crisis.RecoveryStage;
import dev.crm.core.api.IfMatch;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import java.net.URI;
import java.time.Clock;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Crises (DOMAIN.md §1.9): SUPERVISOR and ADMIN declare and work them, AGENT and ANALYST read.
 * Changes accept {@code If-Match: "<version>"}; every answer carries the version as its ETag.
 */
@RestController
@RequestMapping("/api/v1/crises")
class CrisisController {

    static final String READERS = "hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT', 'ANALYST')";
    static final String WRITERS = "hasAnyRole('ADMIN', 'SUPERVISOR')";

    private final Crises crises;
    private final CrisisWebMapper mapper;
    private final Clock clock;

    CrisisController(Crises crises, CrisisWebMapper mapper, Clock clock) {
        this.crises = crises;
        this.mapper = mapper;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize(WRITERS)
    ResponseEntity<CrisisResponse> declare(@RequestBody CrisisRequests.Declare body) {
        Crisis crisis = crises.declare(body.problemId(), body.toDeclaration());
        return ResponseEntity.created(URI.create("/api/v1/crises/" + crisis.getNumber()))
                .eTag(IfMatch.etag(crisis.getVersion())).body(mapper.toResponse(crisis, clock.instant()));
    }

    @GetMapping
    @PreAuthorize(READERS)
    ResultPage<CrisisSummary> search(@RequestParam(required = false) RecoveryStage stage,
                                     @RequestParam(required = false) Boolean open,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size) {
        return crises.search(stage, open, PageQuery.of(page, size))
                .map(crisis -> mapper.toSummary(crisis, clock.instant()));
    }

    @GetMapping("/{number}")
    @PreAuthorize(READERS)
    ResponseEntity<CrisisResponse> get(@PathVariable String number) {
        return respond(crises.get(number));
    }

    /**
     * Records a communication; the first one is measured against the 3-minute rule. One to the
     * CUSTOMERS also goes to each customer of the crisis's complaints through the outbox.
     */
    @PostMapping("/{number}/communications")
    @PreAuthorize(WRITERS)
    ResponseEntity<CrisisResponse> communicate(@PathVariable String number,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                               @RequestBody CrisisRequests.Communication body) {
        return respond(crises.communicate(number, IfMatch.version(ifMatch), body.channel(), body.audience(),
                body.message()));
    }

    @PostMapping("/{number}/assessment")
    @PreAuthorize(WRITERS)
    ResponseEntity<CrisisResponse> reassess(@PathVariable String number,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            @RequestBody CrisisRequests.Assessment body) {
        return respond(crises.run(number, IfMatch.version(ifMatch), "reassessed",
                (crisis, by, at) -> crisis.reassess(body.severity(), body.scope(), body.customerEmotion(), by, at)));
    }

    /** Copies a playbook's steps as the crisis checklist. */
    @PostMapping("/{number}/playbook")
    @PreAuthorize(WRITERS)
    ResponseEntity<CrisisResponse> applyPlaybook(@PathVariable String number,
                                                 @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                 @RequestBody CrisisRequests.ApplyPlaybook body) {
        return respond(crises.applyPlaybook(number, IfMatch.version(ifMatch), body.playbookId()));
    }

    @PostMapping("/{number}/checklist/{no}/done")
    @PreAuthorize(WRITERS)
    ResponseEntity<CrisisResponse> stepDone(@PathVariable String number, @PathVariable int no,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            @RequestBody(required = false) CrisisRequests.Note body) {
        String note = body == null ? null : body.note();
        return respond(crises.run(number, IfMatch.version(ifMatch), "step-done",
                (crisis, by, at) -> crisis.completeStep(no, note, by, at)));
    }

    @PostMapping("/{number}/checklist/{no}/skip")
    @PreAuthorize(WRITERS)
    ResponseEntity<CrisisResponse> stepSkipped(@PathVariable String number, @PathVariable int no,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                               @RequestBody CrisisRequests.Reason body) {
        return respond(crises.run(number, IfMatch.version(ifMatch), "step-skipped",
                (crisis, by, at) -> crisis.skipStep(no, body.reason(), by, at)));
    }

    /** REPAIR → OPTIMISE → REBUILD → CLOSED. */
    @PostMapping("/{number}/stage/advance")
    @PreAuthorize(WRITERS)
    ResponseEntity<CrisisResponse> advance(@PathVariable String number,
                                           @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                           @RequestBody(required = false) CrisisRequests.Note body) {
        String note = body == null ? null : body.note();
        return respond(crises.run(number, IfMatch.version(ifMatch), "stage-advanced",
                (crisis, by, at) -> crisis.advance(note, by, at)));
    }

    @PutMapping("/{number}/post-mortem")
    @PreAuthorize(WRITERS)
    ResponseEntity<CrisisResponse> postMortem(@PathVariable String number,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                              @RequestBody CrisisRequests.PostMortem body) {
        return respond(crises.run(number, IfMatch.version(ifMatch), "post-mortem-written",
                (crisis, by, at) -> crisis.writePostMortem(PostMortem.of(body.summary(), body.causes(),
                        body.lessons(), body.actions(), by, at))));
    }

    private ResponseEntity<CrisisResponse> respond(Crisis crisis) {
        return ResponseEntity.ok().eTag(IfMatch.etag(crisis.getVersion()))
                .body(mapper.toResponse(crisis, clock.instant()));
    }
}
