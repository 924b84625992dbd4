package dev.crm.training.web;

import dev.crm.core.api.CurrentStaff;
import dev.crm.training.api.OrgTier;
import dev.crm.training.application.Organisation;
import dev.crm.training.domain.Department;
import dev.crm.training.domain.OrganisationTree;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The departments and teams of the three-tier organisation, as a tree. */
@RestController
@RequestMapping("/api/v1/training/departments")
class DepartmentController {

    private final Organisation organisation;
    private final CurrentStaff currentStaff;

    DepartmentController(Organisation organisation, CurrentStaff currentStaff) {
        this.organisation = organisation;
        this.currentStaff = currentStaff;
    }

    @PostMapping
    @PreAuthorize(TrainingRoles.MANAGERS)
    ResponseEntity<DepartmentResponse> found(@Valid @RequestBody DepartmentRequest request) {
        Department unit = organisation.found(request.code(), request.name(), request.tier(), request.parentCode(),
                currentStaff.username());
        return ResponseEntity.created(URI.create("/api/v1/training/departments/" + unit.code()))
                .body(DepartmentResponse.of(unit, organisation.tree()));
    }

    @PutMapping("/{code}")
    @PreAuthorize(TrainingRoles.MANAGERS)
    DepartmentResponse reshape(@PathVariable String code, @Valid @RequestBody ReshapeRequest request) {
        Department unit = organisation.reshape(code, request.name(), request.tier(), request.parentCode(),
                currentStaff.username());
        return DepartmentResponse.of(unit, organisation.tree());
    }

    /** The whole organisation, ordered by code; each unit names its parent, ancestors and children. */
    @GetMapping
    @PreAuthorize(TrainingRoles.STAFF)
    List<DepartmentResponse> tree() {
        OrganisationTree tree = organisation.tree();
        return organisation.all().stream().map(unit -> DepartmentResponse.of(unit, tree)).toList();
    }

    @GetMapping("/{code}")
    @PreAuthorize(TrainingRoles.STAFF)
    DepartmentResponse get(@PathVariable String code) {
        return DepartmentResponse.of(organisation.get(code), organisation.tree());
    }

    record DepartmentRequest(@NotBlank @Size(max = 32) String code, @NotBlank @Size(max = 200) String name,
                             @NotNull OrgTier tier, @Size(max = 32) String parentCode) {
    }

    record ReshapeRequest(@NotBlank @Size(max = 200) String name, @NotNull OrgTier tier,
                          @Size(max = 32) String parentCode) {
    }

    record DepartmentResponse(String code, String name, OrgTier tier, String parentCode, List<String> ancestors,
                              List<String> children, Instant createdAt, Instant changedAt, Long version) {

        static DepartmentResponse of(Department unit, OrganisationTree tree) {
            return new DepartmentResponse(unit.code(), unit.name(), unit.tier(), unit.parentCode(),
                    tree.ancestorsOf(unit.code()), tree.childrenOf(unit.code()).stream().map(Department::code).toList(),
                    unit.createdAt(), unit.changedAt(), unit.version());
        }
    }
}
