package dev.crm.loyalty.web;

import dev.crm.core.api.IllegalStateTransitionException;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.loyalty.application.LedgerCheck;
import dev.crm.loyalty.application.PointsReports;
import dev.crm.loyalty.api.PointsFinance;
import dev.crm.loyalty.api.PointsFinance.RedemptionRate;
import dev.crm.loyalty.domain.LedgerCheckResult;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The finance view of the points ledger: liability, redemption rate and the ledger check. */
@RestController
@RequestMapping("/api/v1/loyalty")
class LoyaltyReportController {

    private final PointsReports reports;
    private final LedgerCheck check;
    private final Clock clock;

    LoyaltyReportController(PointsReports reports, LedgerCheck check, Clock clock) {
        this.reports = reports;
        this.check = check;
        this.clock = clock;
    }

    record MonthResponse(String month, long points) {
    }

    record LiabilityResponse(Instant asOf, long outstanding, long awaitingExpiry, List<MonthResponse> months) {
    }

    /** Outstanding unexpired points by the month they expire in. */
    @GetMapping("/points/liability")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'ANALYST')")
    LiabilityResponse liability() {
        PointsFinance.Liability liability = reports.liability(clock.instant());
        return new LiabilityResponse(liability.asOf(), liability.outstanding(), liability.awaitingExpiry(),
                liability.months().stream().map(m -> new MonthResponse(m.month().toString(), m.points())).toList());
    }

    /** Points redeemed / points earned for the days from {@code from} to {@code to} (inclusive). */
    @GetMapping("/points/redemption-rate")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'ANALYST')")
    RedemptionRate redemptionRate(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.redemptionRate(from, to);
    }

    @GetMapping("/ledger-checks/latest")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'ANALYST')")
    LedgerCheckResult latestCheck() {
        return check.latest().orElseThrow(() -> new RecordNotFoundException("ledger check", "latest"));
    }

    /** Runs the check now (it also runs on its schedule); 409 while another node runs it. */
    @PostMapping("/ledger-checks")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    LedgerCheckResult runCheck() {
        return check.run(clock.instant())
                .orElseThrow(() -> new IllegalStateTransitionException("ledger check", "RUNNING", "start"));
    }
}
