package dev.crm.complaint.web;

import dev.crm.complaint.application.ComplaintRegistry;
import dev.crm.complaint.domain.Complaint;
import dev.crm.core.api.CurrentStaff;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/complaints")
class ComplaintController {

    private final ComplaintRegistry registry;
    private final ComplaintWebMapper mapper;
    private final CurrentStaff currentStaff;

    ComplaintController(ComplaintRegistry registry, ComplaintWebMapper mapper, CurrentStaff currentStaff) {
        this.registry = registry;
        this.mapper = mapper;
        this.currentStaff = currentStaff;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT')")
    ResponseEntity<ComplaintResponse> register(@Valid @RequestBody RegisterComplaintRequest request) {
        Complaint complaint = registry.registerComplaint(mapper.toRegistration(request), currentStaff.username());
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + complaint.getNumber()))
                .body(mapper.toResponse(complaint));
    }

    @GetMapping("/{number}")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT', 'ANALYST')")
    ComplaintResponse get(@PathVariable String number) {
        return mapper.toResponse(registry.get(number));
    }
}
