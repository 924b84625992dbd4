package dev.crm.complaint.web;

import dev.crm.complaint.api.Channel;
import dev.crm.complaint.api.ComplaintKind;
import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.api.Grade;
import dev.crm.complaint.application.ComplaintArchive;
import dev.crm.complaint.domain.Complaint;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The archive register (001 §4.4): archived complaints, filed chronologically with their register
 * number and classification. Supervisors, admins and analysts only, with a stated {@code purpose}
 * (AUDIT, SATISFACTION_ANALYSIS, PROCESS_IMPROVEMENT, LEGAL_COMPLIANCE) that is audit-logged.
 */
@RestController
@RequestMapping("/api/v1/archive")
class ArchiveController {

    private final ComplaintArchive archive;

    ArchiveController(ComplaintArchive archive) {
        this.archive = archive;
    }

    record ArchiveEntry(String archiveNumber, String complaintNumber, ComplaintKind kind, ComplaintType type,
                        Grade grade, Channel channel, String department, Instant receivedAt, Instant closedAt,
                        Instant archivedAt, boolean anonymised) {

        static ArchiveEntry of(Complaint complaint) {
            return new ArchiveEntry(complaint.getArchiveNumber(), complaint.getNumber(), complaint.getKind(),
                    complaint.getType(), complaint.getGrade(), complaint.getChannel(),
                    complaint.getAssignment() == null ? null : complaint.getAssignment().department(),
                    complaint.getReceivedAt(), complaint.getClosedAt(), complaint.getArchivedAt(),
                    complaint.getAnonymisedAt() != null);
        }
    }

    /** {@code from} and {@code to} are dates (inclusive) in the business time zone. */
    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'ANALYST')")
    ResultPage<ArchiveEntry> register(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                                      @RequestParam(required = false) ComplaintType type,
                                      @RequestParam(required = false) String purpose,
                                      @RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size) {
        return archive.register(from, to, type, purpose, PageQuery.of(page, size)).map(ArchiveEntry::of);
    }
}
