package dev.crm.complaint.web;

import dev.crm.complaint.api.Channel;
import dev.crm.complaint.api.ComplaintState;
import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.api.Grade;
import dev.crm.complaint.application.ComplaintArchive;
import dev.crm.complaint.application.ComplaintCommands;
import dev.crm.complaint.application.ComplaintCommands.Who;
import dev.crm.complaint.application.ComplaintRegistry;
import dev.crm.complaint.application.SlaPolicies;
import dev.crm.complaint.domain.Assignment;
import dev.crm.complaint.domain.Complaint;
import dev.crm.complaint.domain.ComplaintCriteria;
import dev.crm.complaint.domain.FollowUpOutcome;
import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.IfMatch;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Complaints: registration, lists and queues, the lifecycle commands of DOMAIN.md §1.4 and the
 * timeline. Commands accept {@code If-Match: "<version>"} to act only on the version the caller saw;
 * every answer carries the version as its ETag.
 */
@RestController
@RequestMapping("/api/v1/complaints")
class ComplaintController {

    private static final String WORKERS = "hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT')";
    private static final String READERS = "hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT', 'ANALYST')";

    private final ComplaintRegistry registry;
    private final ComplaintCommands commands;
    private final SlaPolicies slaPolicies;
    private final ComplaintWebMapper mapper;
    private final CurrentStaff currentStaff;
    private final ComplaintArchive archive;

    ComplaintController(ComplaintRegistry registry, ComplaintCommands commands, SlaPolicies slaPolicies,
                        ComplaintWebMapper mapper, CurrentStaff currentStaff, ComplaintArchive archive) {
        this.registry = registry;
        this.commands = commands;
        this.slaPolicies = slaPolicies;
        this.mapper = mapper;
        this.currentStaff = currentStaff;
        this.archive = archive;
    }

    @PostMapping
    @PreAuthorize(WORKERS)
    ResponseEntity<ComplaintResponse> register(@Valid @RequestBody RegisterComplaintRequest request) {
        Complaint complaint = registry.registerComplaint(mapper.toRegistration(request), null,
                currentStaff.username());
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + complaint.getNumber()))
                .eTag(etag(complaint)).body(mapper.toResponse(complaint));
    }

    @GetMapping("/{number}")
    @PreAuthorize(READERS)
    ResponseEntity<ComplaintResponse> get(@PathVariable String number,
                                          @RequestParam(required = false) String purpose) {
        // An archived complaint needs an archive reader's role and a stated purpose (audit-logged).
        Complaint complaint = archive.read(number, purpose, "record");
        return ResponseEntity.ok().eTag(etag(complaint)).body(mapper.toResponse(complaint));
    }

    @GetMapping("/{number}/timeline")
    @PreAuthorize(READERS)
    List<TimelineEntry> timeline(@PathVariable String number, @RequestParam(required = false) String purpose) {
        return mapper.timeline(archive.read(number, purpose, "timeline"));
    }

    @GetMapping
    @PreAuthorize(READERS)
    ResultPage<ComplaintSummary> search(@RequestParam(required = false) ComplaintState state,
                                        @RequestParam(required = false) Grade grade,
                                        @RequestParam(required = false) ComplaintType type,
                                        @RequestParam(required = false) String owner,
                                        @RequestParam(required = false) String department,
                                        @RequestParam(required = false) Channel channel,
                                        @RequestParam(required = false) Boolean breached,
                                        @RequestParam(required = false) Instant dueBefore,
                                        @RequestParam(required = false) String customerId,
                                        @RequestParam(required = false) String text,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        if (state == ComplaintState.ARCHIVED) {
            throw new InvalidInputException("state", "archived complaints are listed at /api/v1/archive, with a "
                    + "stated purpose");
        }
        ComplaintCriteria criteria = new ComplaintCriteria(state, grade, type, blank(owner), blank(department),
                channel, breached, dueBefore, blank(customerId), blank(text), false, null);
        return registry.search(criteria, PageQuery.of(page, size)).map(mapper::toSummary);
    }

    /** The caller's work: open complaints they own or handle, and unowned ones, soonest deadline first. */
    @GetMapping("/queue")
    @PreAuthorize(WORKERS)
    ResultPage<ComplaintSummary> queue(@RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        ComplaintCriteria criteria = new ComplaintCriteria(null, null, null, null, null, null, null, null, null,
                null, true, currentStaff.username());
        return registry.search(criteria, PageQuery.of(page, size)).map(mapper::toSummary);
    }

    @PostMapping("/{number}/accept")
    @PreAuthorize(WORKERS)
    ResponseEntity<ComplaintResponse> accept(@PathVariable String number, @RequestHeader(value = "If-Match",
            required = false) String ifMatch) {
        return respond(commands.run(number, version(ifMatch), "accepted", Who.WORKERS,
                (complaint, by, at, sla) -> complaint.accept(by, at)));
    }

    @PostMapping("/{number}/assess")
    @PreAuthorize(WORKERS)
    ResponseEntity<ComplaintResponse> assess(@PathVariable String number, @RequestHeader(value = "If-Match",
            required = false) String ifMatch, @Valid @RequestBody ComplaintCommandRequests.Assess body) {
        return respond(commands.run(number, version(ifMatch), "assessed", Who.WORKERS,
                (complaint, by, at, sla) -> complaint.assess(body.grade(), body.type(), body.plan(), by, at, sla)));
    }

    @PostMapping("/{number}/assign")
    @PreAuthorize(WORKERS)
    ResponseEntity<ComplaintResponse> assign(@PathVariable String number, @RequestHeader(value = "If-Match",
            required = false) String ifMatch, @Valid @RequestBody ComplaintCommandRequests.Assign body) {
        Assignment assignment = new Assignment(blank(body.handler()), blank(body.department()),
                body.thirdPartyKind(), blank(body.thirdPartyName()));
        return respond(commands.run(number, version(ifMatch), "assigned", Who.WORKERS,
                (complaint, by, at, sla) -> complaint.assign(assignment, by, at)));
    }

    @PostMapping("/{number}/start")
    @PreAuthorize(WORKERS)
    ResponseEntity<ComplaintResponse> start(@PathVariable String number, @RequestHeader(value = "If-Match",
            required = false) String ifMatch) {
        return respond(commands.run(number, version(ifMatch), "started", Who.WORKERS,
                (complaint, by, at, sla) -> complaint.start(by, at)));
    }

    @PostMapping("/{number}/respond")
    @PreAuthorize(WORKERS)
    ResponseEntity<ComplaintResponse> respond(@PathVariable String number, @RequestHeader(value = "If-Match",
            required = false) String ifMatch, @Valid @RequestBody ComplaintCommandRequests.Respond body) {
        return respond(commands.run(number, version(ifMatch), "responded", Who.WORKERS,
                (complaint, by, at, sla) -> complaint.respond(body.text(), body.via(), by, at)));
    }

    @PostMapping("/{number}/hold")
    @PreAuthorize(WORKERS)
    ResponseEntity<ComplaintResponse> hold(@PathVariable String number, @RequestHeader(value = "If-Match",
            required = false) String ifMatch, @Valid @RequestBody ComplaintCommandRequests.Reason body) {
        return respond(commands.run(number, version(ifMatch), "held", Who.WORKERS,
                (complaint, by, at, sla) -> complaint.hold(body.reason(), by, at)));
    }

    @PostMapping("/{number}/resume")
    @PreAuthorize(WORKERS)
    ResponseEntity<ComplaintResponse> resume(@PathVariable String number, @RequestHeader(value = "If-Match",
            required = false) String ifMatch) {
        return respond(commands.run(number, version(ifMatch), "resumed", Who.WORKERS,
                (complaint, by, at, sla) -> complaint.resume(by, at)));
    }

    @PostMapping("/{number}/resolve")
    @PreAuthorize(WORKERS)
    ResponseEntity<ComplaintResponse> resolve(@PathVariable String number, @RequestHeader(value = "If-Match",
            required = false) String ifMatch, @Valid @RequestBody ComplaintCommandRequests.Resolve body) {
        return respond(commands.run(number, version(ifMatch), "resolved", Who.WORKERS,
                (complaint, by, at, sla) -> complaint.resolve(body.solution(), body.customerNotifiedVia(), by, at,
                        sla)));
    }

    @PostMapping("/{number}/follow-up")
    @PreAuthorize(WORKERS)
    ResponseEntity<ComplaintResponse> followUp(@PathVariable String number, @RequestHeader(value = "If-Match",
            required = false) String ifMatch) {
        return respond(commands.run(number, version(ifMatch), "follow-up-started", Who.WORKERS,
                (complaint, by, at, sla) -> complaint.startFollowUp(by, at)));
    }

    @PostMapping("/{number}/close")
    @PreAuthorize(WORKERS)
    ResponseEntity<ComplaintResponse> close(@PathVariable String number, @RequestHeader(value = "If-Match",
            required = false) String ifMatch, @Valid @RequestBody ComplaintCommandRequests.Close body) {
        FollowUpOutcome outcome = body.result() == null ? null
                : new FollowUpOutcome(body.result(), body.attempts(), blank(body.note()));
        int requiredAttempts = slaPolicies.properties().noAnswerAttempts();
        return respond(commands.run(number, version(ifMatch), "closed", Who.WORKERS,
                (complaint, by, at, sla) -> complaint.close(outcome, requiredAttempts, by, at)));
    }

    @PostMapping("/{number}/reopen")
    @PreAuthorize(WORKERS)
    ResponseEntity<ComplaintResponse> reopen(@PathVariable String number, @RequestHeader(value = "If-Match",
            required = false) String ifMatch, @Valid @RequestBody ComplaintCommandRequests.Reason body) {
        return respond(commands.run(number, version(ifMatch), "reopened", Who.WORKERS,
                (complaint, by, at, sla) -> complaint.reopen(body.reason(), by, at)));
    }

    @PostMapping("/{number}/archive")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
    ResponseEntity<ComplaintResponse> archive(@PathVariable String number, @RequestHeader(value = "If-Match",
            required = false) String ifMatch) {
        return respond(archive.archive(number, version(ifMatch)));
    }

    @PostMapping("/{number}/hand-over")
    @PreAuthorize(WORKERS)
    ResponseEntity<ComplaintResponse> handOver(@PathVariable String number, @RequestHeader(value = "If-Match",
            required = false) String ifMatch, @Valid @RequestBody ComplaintCommandRequests.HandOver body) {
        return respond(commands.run(number, version(ifMatch), "handed-over", Who.WORKERS,
                (complaint, by, at, sla) -> complaint.handOver(body.newOwner(), body.reason(), by, at)));
    }

    private ResponseEntity<ComplaintResponse> respond(Complaint complaint) {
        return ResponseEntity.ok().eTag(etag(complaint)).body(mapper.toResponse(complaint));
    }

    private static String etag(Complaint complaint) {
        return "\"" + complaint.getVersion() + "\"";
    }

    private static Long version(String ifMatch) {
        return IfMatch.version(ifMatch);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
