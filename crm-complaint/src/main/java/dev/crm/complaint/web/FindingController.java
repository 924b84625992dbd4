package dev.crm.complaint.web;

import dev.crm.complaint.application.ComplaintArchive;
import dev.crm.complaint.application.StaffFindings;
import dev.crm.complaint.domain.Complaint;
import dev.crm.complaint.domain.Finding;
import dev.crm.core.api.IfMatch;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Supervisors' findings about staff on a complaint (substantiated or not), feeding remedial training. */
@RestController
@RequestMapping("/api/v1/complaints/{number}/findings")
class FindingController {

    private final StaffFindings findings;
    private final ComplaintArchive archive;

    FindingController(StaffFindings findings, ComplaintArchive archive) {
        this.findings = findings;
        this.archive = archive;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
    ResponseEntity<FindingResponse> record(@PathVariable String number,
                                           @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                           @Valid @RequestBody FindingRequest request) {
        Complaint complaint = findings.record(number, IfMatch.version(ifMatch), request.staff(),
                request.substantiated(), request.note());
        List<Finding> all = complaint.getFindings();
        Finding recorded = all.get(all.size() - 1);
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + number + "/findings"))
                .eTag("\"" + complaint.getVersion() + "\"").body(FindingResponse.of(recorded));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT', 'ANALYST')")
    List<FindingResponse> list(@PathVariable String number, @RequestParam(required = false) String purpose) {
        return archive.read(number, purpose, "findings").getFindings().stream().map(FindingResponse::of).toList();
    }

    record FindingRequest(@Size(max = 64) String staff, @NotNull Boolean substantiated,
                          @Size(max = 2_000) String note) {
    }

    record FindingResponse(int seq, String staff, boolean substantiated, String note, String recordedBy,
                           Instant recordedAt) {

        static FindingResponse of(Finding finding) {
            return new FindingResponse(finding.seq(), finding.staff(), finding.substantiated(), finding.note(),
                    finding.recordedBy(), finding.recordedAt());
        }
    }
}
