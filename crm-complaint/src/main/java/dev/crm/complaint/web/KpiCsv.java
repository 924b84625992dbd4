package dev.crm.complaint.web;

import dev.crm.complaint.domain.Backlog;
import dev.crm.complaint.domain.KpiFigures;
import dev.crm.complaint.domain.KpiReport;
import dev.crm.complaint.domain.KpiResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A KPI report as one CSV table (RFC 4180: CRLF line ends, fields quoted when they hold a comma,
 * quote or line break). {@code KPI} rows: one per breakdown, bucket and group with every metric;
 * {@code BACKLOG} rows: one per breakdown, group and grade (UNGRADED, and ALL for the total) with
 * the age columns. Empty cells are "no data" (a share with nothing to divide by).
 */
final class KpiCsv {

    static final List<String> COLUMNS = List.of("section", "dimension", "group", "bucket", "start", "end", "grade",
            "complaints", "firstResponseDue", "firstResponseMet", "firstResponseCompliancePercent",
            "resolutionDue", "resolutionMet", "resolutionCompliancePercent",
            "responseTimeCount", "responseTimeMeanSeconds", "responseTimeMedianSeconds", "responseTimeP90Seconds",
            "resolutionTimeCount", "resolutionTimeMeanSeconds", "resolutionTimeMedianSeconds",
            "resolutionTimeP90Seconds", "activeCustomers", "orders", "complaintsPerThousandActiveCustomers",
            "complaintsPerThousandOrders", "repeatComplaints", "repeatComplaintPercent", "resolved", "reopened",
            "reopenPercent", "handlingAnswered", "handlingSatisfied", "handlingSatisfactionPercent",
            "handlingSatisfactionTargetPercent", "belowTarget", "csatAnswered", "csatMean", "csatSatisfiedPercent",
            "npsAnswered", "npsPromoters", "npsDetractors", "nps", "topTypes", "backlogUnderOneDay",
            "backlogOneToThreeDays", "backlogThreeToSevenDays", "backlogOverSevenDays", "backlogTotal");

    private KpiCsv() {
    }

    static String of(KpiReport report) {
        StringBuilder csv = new StringBuilder();
        line(csv, new ArrayList<>(COLUMNS));
        List<KpiReport.Breakdown> breakdowns = new ArrayList<>();
        breakdowns.add(report.getOverall());
        breakdowns.addAll(report.getBreakdowns());
        for (KpiReport.Breakdown breakdown : breakdowns) {
            String dimension = breakdown.groupBy() == null ? null : breakdown.groupBy().name();
            for (KpiResult.Bucket bucket : breakdown.buckets()) {
                for (KpiResult.Group group : bucket.groups()) {
                    line(csv, kpiRow(dimension, group.group(), bucket, group.figures()));
                }
            }
            Backlog backlog = breakdown.backlog();
            for (Backlog.Group group : backlog.groups()) {
                for (Backlog.Row row : group.byGrade()) {
                    line(csv, backlogRow(dimension, group.group(), backlog, row.grade() == null ? "UNGRADED"
                            : row.grade().name(), row));
                }
                line(csv, backlogRow(dimension, group.group(), backlog, "ALL", group.total()));
            }
        }
        return csv.toString();
    }

    private static List<Object> kpiRow(String dimension, String group, KpiResult.Bucket bucket, KpiFigures f) {
        List<Object> row = new ArrayList<>(Arrays.asList("KPI", dimension, group, bucket.label(), bucket.start(),
                bucket.end(), null, f.complaints(),
                f.firstResponseSla().outOf(), f.firstResponseSla().count(), f.firstResponseSla().percent(),
                f.resolutionSla().outOf(), f.resolutionSla().count(), f.resolutionSla().percent(),
                f.responseTime().count(), f.responseTime().meanSeconds(), f.responseTime().medianSeconds(),
                f.responseTime().p90Seconds(),
                f.resolutionTime().count(), f.resolutionTime().meanSeconds(), f.resolutionTime().medianSeconds(),
                f.resolutionTime().p90Seconds(),
                f.complaintRate().activeCustomers(), f.complaintRate().orders(),
                f.complaintRate().perThousandActiveCustomers(), f.complaintRate().perThousandOrders(),
                f.repeatComplaints().count(), f.repeatComplaints().percent(),
                f.reopened().outOf(), f.reopened().count(), f.reopened().percent(),
                f.handlingSatisfaction().answered(), f.handlingSatisfaction().satisfied(),
                f.handlingSatisfaction().percent(), f.handlingSatisfaction().targetPercent(),
                f.handlingSatisfaction().belowTarget(),
                f.csat().answered(), f.csat().mean(), f.csat().satisfiedPercent(),
                f.nps().answered(), f.nps().promoters(), f.nps().detractors(), f.nps().score(),
                f.topTypes().stream().map(type -> type.type() + ":" + type.count()).collect(Collectors.joining("; "))));
        while (row.size() < COLUMNS.size()) {
            row.add(null);
        }
        return row;
    }

    private static List<Object> backlogRow(String dimension, String group, Backlog backlog, String grade,
                                           Backlog.Row counts) {
        List<Object> row = new ArrayList<>(Arrays.asList("BACKLOG", dimension, group, null, backlog.asOf(), null,
                grade));
        while (row.size() < COLUMNS.size() - 5) {
            row.add(null);
        }
        row.addAll(List.of(counts.underOneDay(), counts.oneToThreeDays(), counts.threeToSevenDays(),
                counts.overSevenDays(), counts.total()));
        return row;
    }

    private static void line(StringBuilder csv, List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Double number ? BigDecimal.valueOf(number).stripTrailingZeros().toPlainString()
                : value.toString();
        // A leading =,+,-,@ in text (a department or agent name) is defused so spreadsheets do not run it.
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
