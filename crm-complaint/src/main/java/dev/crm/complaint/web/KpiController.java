package dev.crm.complaint.web;

import dev.crm.complaint.application.ComplaintKpis;
import dev.crm.complaint.application.KpiReports;
import dev.crm.complaint.domain.KpiReport;
import dev.crm.complaint.domain.KpiResult;
import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
 * Complaint KPIs (DOMAIN.md §1.11): the live view per calendar bucket and group, and the stored
 * periodic reports with their CSV export.
 */
@RestController
@RequestMapping("/api/v1/complaints")
class KpiController {

    private static final String KPI_READERS = "hasAnyRole('ADMIN', 'SUPERVISOR', 'ANALYST')";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ComplaintKpis kpis;
    private final KpiReports reports;
    private final CurrentStaff currentStaff;

    KpiController(ComplaintKpis kpis, KpiReports reports, CurrentStaff currentStaff) {
        this.kpis = kpis;
        this.reports = reports;
        this.currentStaff = currentStaff;
    }

    /**
     * Dates are local dates in the business time zone, both included; without them the last twelve
     * buckets up to today.
     */
    @GetMapping("/kpis")
    @PreAuthorize(KPI_READERS)
    KpiResult kpis(@RequestParam(required = false) String period, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, @RequestParam(required = false) String groupBy) {
        return kpis.compute(kpis.query(period, from, to, groupBy));
    }

    @GetMapping("/kpi-reports")
    @PreAuthorize(KPI_READERS)
    ResultPage<KpiReportSummary> reports(@RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        return reports.list(PageQuery.of(page, size)).map(KpiReportSummary::of);
    }

    @GetMapping("/kpi-reports/{id}")
    @PreAuthorize(KPI_READERS)
    KpiReportResponse report(@PathVariable String id) {
        return KpiReportResponse.of(reports.get(id));
    }

    @GetMapping(path = "/kpi-reports/{id}/export", produces = "text/csv")
    @PreAuthorize(KPI_READERS)
    ResponseEntity<String> export(@PathVariable String id) {
        KpiReport report = reports.get(id);
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kpi-report-" + report.getFrom()
                        + "-" + report.getTo() + "-" + report.getId() + ".csv\"")
                .body(KpiCsv.of(report));
    }

    @PostMapping("/kpi-reports")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    ResponseEntity<KpiReportResponse> generate(@RequestBody(required = false) GenerateKpiReportRequest request) {
        GenerateKpiReportRequest body = request == null ? new GenerateKpiReportRequest(null, null, null, null) : request;
        KpiReport report = reports.generateOnDemand(body.period(), body.from(), body.to(), body.dimensions(),
                currentStaff.username());
        return ResponseEntity.created(URI.create("/api/v1/complaints/kpi-reports/" + report.getId()))
                .body(KpiReportResponse.of(report));
    }

    /**
     * @param period     DAY, WEEK, MONTH (default), QUARTER or YEAR
     * @param from       first day, e.g. 2026-01-01 (business time zone)
     * @param to         last day, included
     * @param dimensions breakdowns besides the overall figures; default {@code crm.complaint.kpi-report.dimensions}
     */
    record GenerateKpiReportRequest(String period, String from, String to, List<String> dimensions) {
    }
}
