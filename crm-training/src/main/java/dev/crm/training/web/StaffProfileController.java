package dev.crm.training.web;

import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.training.api.ReportingLines;
import dev.crm.training.api.StaffRole;
import dev.crm.training.application.StaffProfiles;
import dev.crm.training.application.TrainingPrivacy;
import dev.crm.training.domain.StaffProfile;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff profiles. HR manages them; anyone reads their own and those of the people they supervise
 * (directly or further down the chain); a supervisor lists their direct reports.
 */
@RestController
@RequestMapping("/api/v1/training/staff")
class StaffProfileController {

    private final StaffProfiles profiles;
    private final ReportingLines reportingLines;
    private final TrainingPrivacy privacy;
    private final CurrentStaff currentStaff;

    StaffProfileController(StaffProfiles profiles, ReportingLines reportingLines, TrainingPrivacy privacy,
                           CurrentStaff currentStaff) {
        this.profiles = profiles;
        this.reportingLines = reportingLines;
        this.privacy = privacy;
        this.currentStaff = currentStaff;
    }

    @PostMapping
    @PreAuthorize(TrainingRoles.MANAGERS)
    ResponseEntity<ProfileResponse> create(@Valid @RequestBody CreateProfileRequest request) {
        StaffProfile profile = profiles.create(request.username(), request.details(), currentStaff.username());
        return ResponseEntity.created(URI.create("/api/v1/training/staff/" + profile.username()))
                .body(respond(profile));
    }

    @PutMapping("/{username}")
    @PreAuthorize(TrainingRoles.MANAGERS)
    ProfileResponse change(@PathVariable String username, @Valid @RequestBody ProfileRequest request) {
        return respond(profiles.change(username, request.details(), currentStaff.username()));
    }

    @GetMapping("/{username}")
    @PreAuthorize(TrainingRoles.STAFF)
    ProfileResponse get(@PathVariable String username) {
        privacy.requireMaySee(username);
        return respond(profiles.get(username));
    }

    @GetMapping
    @PreAuthorize(TrainingRoles.STAFF)
    ResultPage<ProfileResponse> list(@RequestParam(required = false) String department,
                                     @RequestParam(required = false) String supervisor,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size) {
        if (!privacy.seesEveryone() && !currentStaff.username().equals(supervisor)) {
            throw new AccessDeniedException("only HR lists staff profiles; others list their reports (supervisor=me)");
        }
        return profiles.list(blank(department), blank(supervisor), PageQuery.of(page, size)).map(this::respond);
    }

    private ProfileResponse respond(StaffProfile profile) {
        return new ProfileResponse(profile.username(), profile.role(), profile.departmentCode(),
                profile.supervisor().orElse(null), reportingLines.supervisorChainOf(profile.username()),
                profile.hireDate(), profile.skills(), profile.createdAt(), profile.changedAt(), profile.version());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    record CreateProfileRequest(@Size(max = 64) String username, StaffRole role, @Size(max = 32) String departmentCode,
                                @Size(max = 64) String supervisor, LocalDate hireDate,
                                @Size(max = 50) List<String> skills) {

        StaffProfile.Details details() {
            return new StaffProfile.Details(role, departmentCode, supervisor, hireDate, skills);
        }
    }

    record ProfileRequest(StaffRole role, @Size(max = 32) String departmentCode, @Size(max = 64) String supervisor,
                          LocalDate hireDate, @Size(max = 50) List<String> skills) {

        StaffProfile.Details details() {
            return new StaffProfile.Details(role, departmentCode, supervisor, hireDate, skills);
        }
    }

    record ProfileResponse(String username, StaffRole role, String departmentCode, String supervisor,
                           List<String> supervisorChain, LocalDate hireDate, List<String> skills, Instant createdAt,
                           Instant changedAt, Long version) {
    }
}
