package dev.crm.loyalty.web;

import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.loyalty.application.LoyaltyPrograms;
import dev.crm.loyalty.application.Memberships;
import dev.crm.loyalty.domain.LoyaltyProgram;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Loyalty programs (administrators write, staff read) and their members. */
@RestController
@RequestMapping("/api/v1/loyalty/programs")
class ProgramController {

    private final LoyaltyPrograms programs;
    private final Memberships memberships;
    private final LoyaltyWebMapper mapper;
    private final CurrentStaff currentStaff;

    ProgramController(LoyaltyPrograms programs, Memberships memberships, LoyaltyWebMapper mapper,
                      CurrentStaff currentStaff) {
        this.programs = programs;
        this.memberships = memberships;
        this.mapper = mapper;
        this.currentStaff = currentStaff;
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<ProgramBody> define(@RequestBody ProgramBody body) {
        LoyaltyProgram program = programs.define(body.toTerms(), currentStaff.username());
        return ResponseEntity.created(URI.create("/api/v1/loyalty/programs/" + program.getId()))
                .body(ProgramBody.of(program));
    }

    /** Send back the {@code version} you read; a stale one is a 409. */
    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ProgramBody revise(@PathVariable String id, @RequestBody ProgramBody body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "is required to change a program");
        }
        return ProgramBody.of(programs.revise(id, body.toTerms(), body.version(), currentStaff.username()));
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    ResultPage<ProgramBody> list(@RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size) {
        return programs.list(PageQuery.of(page, size)).map(ProgramBody::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    ProgramBody get(@PathVariable String id) {
        return ProgramBody.of(programs.get(id));
    }

    record EnrolRequest(String customerId) {
    }

    /** 201 when enrolled now, 200 when the customer already was a member of this program. */
    @PostMapping("/{id}/members")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT', 'INTEGRATOR')")
    ResponseEntity<MembershipResponse> enrol(@PathVariable String id, @RequestBody EnrolRequest request) {
        if (request.customerId() == null || request.customerId().isBlank()) {
            throw new InvalidInputException("customerId", "must not be blank");
        }
        Memberships.Enrolled enrolled = memberships.enrol(id, request.customerId().strip(), currentStaff.username());
        return ResponseEntity.status(enrolled.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/v1/loyalty/members/" + enrolled.membership().getCustomerId()))
                .body(mapper.toResponse(enrolled.membership()));
    }

    @GetMapping("/{id}/members")
    @PreAuthorize("isAuthenticated()")
    ResultPage<MembershipResponse> members(@PathVariable String id, @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size) {
        return memberships.membersOf(id, PageQuery.of(page, size)).map(mapper::toResponse);
    }
}
