package dev.crm.complaint.web;

import dev.crm.complaint.domain.KpiDimension;
import dev.crm.complaint.domain.KpiPeriod;
import dev.crm.complaint.domain.KpiReport;
import java.time.Instant;
import java.util.List;

/** A stored KPI report in a list: what it covers, when and by whom it was made. */
record KpiReportSummary(String id, KpiReport.Trigger trigger, String periodKey, KpiPeriod period, String from,
                        String to, String zone, List<KpiDimension> dimensions, Instant generatedAt,
                        String generatedBy) {

    static KpiReportSummary of(KpiReport report) {
        return new KpiReportSummary(report.getId(), report.getTrigger(), report.getPeriodKey(), report.getPeriod(),
                report.getFrom(), report.getTo(), report.getZone(), report.dimensions(), report.getGeneratedAt(),
                report.getGeneratedBy());
    }
}
