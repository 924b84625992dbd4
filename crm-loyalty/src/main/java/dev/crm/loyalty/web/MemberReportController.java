package dev.crm.loyalty.web;

import dev.crm.loyalty.application.LoyaltyReports;
import java.time.Instant;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Member and catalogue figures for managers and analysts. */
@RestController
@RequestMapping("/api/v1/loyalty/reports")
class MemberReportController {

    private final LoyaltyReports reports;

    MemberReportController(LoyaltyReports reports) {
        this.reports = reports;
    }

    /** Of the default program unless {@code programId} names another. */
    @GetMapping("/members-per-level")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'ANALYST')")
    LoyaltyReports.MembersPerLevel membersPerLevel(@RequestParam(required = false) String programId) {
        return reports.membersPerLevel(programId);
    }

    /** Per reward; {@code from}/{@code to} (ISO instants, half-open) bound the reservation and issue times. */
    @GetMapping("/redemptions")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'ANALYST')")
    List<LoyaltyReports.RewardFigures> redemptions(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        return reports.redemptions(from, to);
    }
}
