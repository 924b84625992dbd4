package dev.crm.complaint.web;

import dev.crm.complaint.domain.KpiDimension;
import dev.crm.complaint.domain.KpiPeriod;
import dev.crm.complaint.domain.KpiReport;
import dev.crm.complaint.domain.KpiResult;
import java.time.Instant;
import java.util.List;

/** A stored KPI report: the overall figures and one result per breakdown dimension. */
record KpiReportResponse(String id, KpiReport.Trigger trigger, String periodKey, KpiPeriod period, String from,
                         String to, String zone, List<KpiDimension> dimensions, Instant generatedAt,
                         String generatedBy, KpiResult overall, List<KpiResult> breakdowns) {

    static KpiReportResponse of(KpiReport report) {
        return new KpiReportResponse(report.getId(), report.getTrigger(), report.getPeriodKey(), report.getPeriod(),
                report.getFrom(), report.getTo(), report.getZone(), report.dimensions(), report.getGeneratedAt(),
                report.getGeneratedBy(), report.result(report.getOverall()),
                report.getBreakdowns().stream().map(report::result).toList());
    }
}
