package dev.crm.loyalty.web;

import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.loyalty.application.LoyaltyPrograms;
import dev.crm.loyalty.domain.MembershipLevel;
import jakarta.validation.Valid;
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

/**
 * The default program's membership ladder, kept at its first address: administrators add levels,
 * every staff member may read them. Other programs' levels are edited with the program.
 */
@RestController
@RequestMapping("/api/v1/loyalty/levels")
class MembershipLevelController {

    private final LoyaltyPrograms programs;
    private final MembershipLevelWebMapper mapper;
    private final CurrentStaff currentStaff;

    MembershipLevelController(LoyaltyPrograms programs, MembershipLevelWebMapper mapper, CurrentStaff currentStaff) {
        this.programs = programs;
        this.mapper = mapper;
        this.currentStaff = currentStaff;
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<MembershipLevelResponse> define(@Valid @RequestBody DefineLevelRequest request) {
        MembershipLevel level = programs.addDefaultLevel(mapper.toLevel(request), currentStaff.username());
        return ResponseEntity.created(URI.create("/api/v1/loyalty/levels/" + level.code()))
                .body(mapper.toResponse(level));
    }

    /** Lowest rank first. */
    @GetMapping
    @PreAuthorize("isAuthenticated()")
    ResultPage<MembershipLevelResponse> list(@RequestParam(required = false) Integer page,
                                             @RequestParam(required = false) Integer size) {
        return programs.defaultLevels(PageQuery.of(page, size)).map(mapper::toResponse);
    }

    @GetMapping("/{code}")
    @PreAuthorize("isAuthenticated()")
    MembershipLevelResponse get(@PathVariable String code) {
        return mapper.toResponse(programs.defaultLevel(code));
    }
}
