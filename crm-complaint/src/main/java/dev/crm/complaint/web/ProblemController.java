package dev.crm.complaint.web;

import dev.crm.complaint.application.ProblemRecords;
import dev.crm.complaint.domain.problem.CorrectiveActionPlan;
import dev.crm.complaint.domain.problem.FishboneCause;
import dev.crm.complaint.domain.problem.PdcaStage;
import dev.crm.complaint.domain.problem.ProblemOrigin;
import dev.crm.complaint.domain.problem.ProblemRecord;
import dev.crm.complaint.domain.problem.ProblemScope;
import dev.crm.complaint.domain.problem.RootCauseAnalysis;
import dev.crm.complaint.domain.problem.WhyStep;
import dev.crm.core.api.IfMatch;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Problem records (DOMAIN.md §1.8): SUPERVISOR and ADMIN write, AGENT and ANALYST read; agents may
 * also link and unlink complaints. Changes accept {@code If-Match: "<version>"}; every answer
 * carries the version as its ETag.
 */
@RestController
@RequestMapping("/api/v1/problems")
class ProblemController {

    private static final String READERS = "hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT', 'ANALYST')";
    private static final String WRITERS = "hasAnyRole('ADMIN', 'SUPERVISOR')";
    private static final String LINKERS = "hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT')";

    private final ProblemRecords problems;
    private final ProblemWebMapper mapper;

    ProblemController(ProblemRecords problems, ProblemWebMapper mapper) {
        this.problems = problems;
        this.mapper = mapper;
    }

    @PostMapping
    @PreAuthorize(WRITERS)
    ResponseEntity<ProblemResponse> open(@RequestBody ProblemRequests.Open body) {
        ProblemRequests.Scope scope = body.scope();
        ProblemRecord record = problems.open(body.title(), body.description(), scope == null ? ProblemScope.NONE
                : ProblemScope.of(scope.type(), scope.productReference(), scope.productCategory()));
        return ResponseEntity.created(URI.create("/api/v1/problems/" + record.getNumber()))
                .eTag(IfMatch.etag(record.getVersion())).body(mapper.toResponse(record, null));
    }

    @GetMapping
    @PreAuthorize(READERS)
    ResultPage<ProblemSummary> search(@RequestParam(required = false) PdcaStage stage,
                                      @RequestParam(required = false) ProblemOrigin origin,
                                      @RequestParam(required = false) Boolean open,
                                      @RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size) {
        return problems.search(stage, origin, open, PageQuery.of(page, size)).map(mapper::toSummary);
    }

    @GetMapping("/{number}")
    @PreAuthorize(READERS)
    ResponseEntity<ProblemResponse> get(@PathVariable String number) {
        return respond(problems.get(number));
    }

    @PutMapping("/{number}/scope")
    @PreAuthorize(WRITERS)
    ResponseEntity<ProblemResponse> scope(@PathVariable String number,
                                          @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                          @RequestBody ProblemRequests.Scope body) {
        ProblemScope scope = ProblemScope.of(body.type(), body.productReference(), body.productCategory());
        return respond(problems.run(number, IfMatch.version(ifMatch), "scoped",
                (record, by, at) -> record.rescope(scope)));
    }

    /** The 5 Whys chain (in order), the fishbone causes and the root cause, replaced as a whole. */
    @PutMapping("/{number}/analysis")
    @PreAuthorize(WRITERS)
    ResponseEntity<ProblemResponse> analysis(@PathVariable String number,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @RequestBody ProblemRequests.Analysis body) {
        List<WhyStep> whys = body.whys() == null ? null : body.whys().stream()
                .map(why -> why == null ? null : new WhyStep(why.why(), why.answer())).toList();
        List<FishboneCause> fishbone = body.fishbone() == null ? null : body.fishbone().stream()
                .map(cause -> cause == null ? null : new FishboneCause(cause.category(), cause.cause())).toList();
        RootCauseAnalysis analysis = RootCauseAnalysis.of(whys, fishbone, body.rootCause(), body.rootCauseCategory());
        return respond(problems.run(number, IfMatch.version(ifMatch), "analysed",
                (record, by, at) -> record.analyse(analysis)));
    }

    /** The corrective action plan, replaced as a whole (milestones already settled keep their state). */
    @PutMapping("/{number}/plan")
    @PreAuthorize(WRITERS)
    ResponseEntity<ProblemResponse> plan(@PathVariable String number,
                                         @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                         @RequestBody ProblemRequests.Plan body) {
        List<CorrectiveActionPlan.MilestoneDraft> milestones = body.milestones() == null ? null
                : body.milestones().stream().map(m -> m == null ? null
                        : new CorrectiveActionPlan.MilestoneDraft(m.title(), m.dueOn())).toList();
        CorrectiveActionPlan plan = CorrectiveActionPlan.of(body.goal(), body.measures(), body.responsibleDepartment(),
                milestones, body.expectedResult());
        return respond(problems.run(number, IfMatch.version(ifMatch), "planned",
                (record, by, at) -> record.plan(plan)));
    }

    /** PLAN → DO → CHECK; ACT → CLOSED. CHECK ends with the effectiveness verdict. */
    @PostMapping("/{number}/pdca/advance")
    @PreAuthorize(WRITERS)
    ResponseEntity<ProblemResponse> advance(@PathVariable String number,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            @RequestBody(required = false) ProblemRequests.Advance body) {
        ProblemRequests.Advance advance = body == null ? new ProblemRequests.Advance(null, null) : body;
        return respond(problems.run(number, IfMatch.version(ifMatch), "advanced",
                (record, by, at) -> record.advance(advance.note(), advance.effectiveFrom(), by, at)));
    }

    /** DO → PLAN, to revise the plan. */
    @PostMapping("/{number}/pdca/replan")
    @PreAuthorize(WRITERS)
    ResponseEntity<ProblemResponse> replan(@PathVariable String number,
                                           @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                           @RequestBody ProblemRequests.Reason body) {
        return respond(problems.run(number, IfMatch.version(ifMatch), "replanned",
                (record, by, at) -> record.replan(body.reason(), by, at)));
    }

    @PostMapping("/{number}/plan/milestones/{no}/done")
    @PreAuthorize(WRITERS)
    ResponseEntity<ProblemResponse> milestoneDone(@PathVariable String number, @PathVariable int no,
                                                  @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                  @RequestBody(required = false) ProblemRequests.Note body) {
        String note = body == null ? null : body.note();
        return respond(problems.run(number, IfMatch.version(ifMatch), "milestone-done",
                (record, by, at) -> record.completeMilestone(no, note, by, at)));
    }

    @PostMapping("/{number}/plan/milestones/{no}/skip")
    @PreAuthorize(WRITERS)
    ResponseEntity<ProblemResponse> milestoneSkipped(@PathVariable String number, @PathVariable int no,
                                                     @RequestHeader(value = "If-Match", required = false)
                                                     String ifMatch, @RequestBody ProblemRequests.Reason body) {
        return respond(problems.run(number, IfMatch.version(ifMatch), "milestone-skipped",
                (record, by, at) -> record.skipMilestone(no, body.reason(), by, at)));
    }

    /** Counts the KPI in the record's scope before and after the measures took effect (CHECK stage). */
    @PostMapping("/{number}/effectiveness-check")
    @PreAuthorize(WRITERS)
    ResponseEntity<ProblemResponse> measure(@PathVariable String number,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            @RequestBody(required = false) ProblemRequests.Measure body) {
        ProblemRequests.Measure measure = body == null ? new ProblemRequests.Measure(null, null, null, null) : body;
        return respond(problems.measure(number, IfMatch.version(ifMatch), measure.kpi(), measure.windowDays(),
                measure.before() == null ? null : measure.before().toWindow(),
                measure.after() == null ? null : measure.after().toWindow()));
    }

    /** The verdict on the latest check: EFFECTIVE → ACT, NOT_EFFECTIVE → PLAN (next cycle). */
    @PostMapping("/{number}/effectiveness-check/verdict")
    @PreAuthorize(WRITERS)
    ResponseEntity<ProblemResponse> judge(@PathVariable String number,
                                          @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                          @RequestBody ProblemRequests.Judge body) {
        return respond(problems.run(number, IfMatch.version(ifMatch), "judged",
                (record, by, at) -> record.judge(body.verdict(), body.note(), by, at)));
    }

    @PostMapping("/{number}/complaints")
    @PreAuthorize(LINKERS)
    ResponseEntity<ProblemResponse> link(@PathVariable String number,
                                         @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                         @RequestBody ProblemRequests.Link body) {
        return respond(problems.link(number, IfMatch.version(ifMatch), body.number(), body.note()));
    }

    @DeleteMapping("/{number}/complaints/{complaintNumber}")
    @PreAuthorize(LINKERS)
    ResponseEntity<ProblemResponse> unlink(@PathVariable String number, @PathVariable String complaintNumber,
                                           @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                           @RequestParam(required = false) String reason) {
        return respond(problems.unlink(number, IfMatch.version(ifMatch), complaintNumber, reason));
    }

    private ResponseEntity<ProblemResponse> respond(ProblemRecord record) {
        return ResponseEntity.ok().eTag(IfMatch.etag(record.getVersion()))
                .body(mapper.toResponse(record, problems.crisisOf(record).orElse(null)));
    }
}
