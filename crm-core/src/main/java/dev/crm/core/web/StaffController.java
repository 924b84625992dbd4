package dev.crm.core.web;

import dev.crm.core.api.NewStaffAccount;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.Role;
import dev.crm.core.api.StaffDirectory;
import dev.crm.core.api.StaffMember;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class StaffController {

    private final StaffDirectory staff;

    StaffController(StaffDirectory staff) {
        this.staff = staff;
    }

    @PostMapping("/staff")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<StaffMember> open(@Valid @RequestBody OpenStaffAccountRequest request, Principal admin) {
        StaffMember opened = staff.open(new NewStaffAccount(request.username(), request.password(),
                request.displayName(), request.roles(), request.department()), admin.getName());
        return ResponseEntity.created(URI.create("/api/v1/staff/" + opened.username())).body(opened);
    }

    @GetMapping("/staff")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'HR')")
    ResultPage<StaffMember> list(@RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size) {
        return staff.list(PageQuery.of(page, size));
    }

    @GetMapping("/staff/{username}")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'HR')")
    StaffMember get(@PathVariable String username) {
        return staff.findByUsername(username).orElseThrow(() -> new RecordNotFoundException("staff account", username));
    }

    @GetMapping("/me")
    StaffMember me(Principal caller) {
        return staff.findByUsername(caller.getName())
                .orElseThrow(() -> new RecordNotFoundException("staff account", caller.getName()));
    }

    record OpenStaffAccountRequest(
            @NotBlank @Size(max = 64) String username,
            @NotNull String password,
            @NotBlank @Size(max = 200) String displayName,
            @NotEmpty Set<@NotNull Role> roles,
            @Size(max = 100) String department) {

        @Override
        public String toString() {
            return "OpenStaffAccountRequest[username=" + username + ", roles=" + roles + ", department=" + department
                    + "]";
        }
    }
}
