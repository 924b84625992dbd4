package dev.crm.complaint.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.complaint.api.Grade;
import dev.crm.complaint.domain.Backlog;
import dev.crm.complaint.domain.ComplaintCounts;
import dev.crm.complaint.domain.KpiDimension;
import dev.crm.complaint.domain.KpiFigures;
import dev.crm.complaint.domain.KpiPeriod;
import dev.crm.complaint.domain.KpiReport;
import dev.crm.complaint.domain.KpiResult;
import dev.crm.complaint.domain.SurveyCounts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpiCsvTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("2026-02-01T00:00:00Z");

    @Test
    void groupsAreQuotedOrDefusedAndEveryLineHasEveryColumn() {
        KpiFigures empty = KpiFigures.of(ComplaintCounts.NONE, SurveyCounts.NONE, null, null, 90);
        List<String> groups = Arrays.asList("=HYPERLINK(\"x\")", "after-sales, north", "line\nbreak", null);
        List<KpiResult.Group> figures = new ArrayList<>();
        groups.forEach(group -> figures.add(new KpiResult.Group(group, empty)));
        Backlog backlog = new Backlog(END, List.of(new Backlog.Group(null, List.of(Backlog.Row.empty(Grade.LEVEL_1),
                Backlog.Row.empty(null)), Backlog.Row.empty(null))));
        KpiResult overall = result(null, List.of(new KpiResult.Group(null, empty)), backlog);
        KpiResult byDepartment = result(KpiDimension.DEPARTMENT, figures, new Backlog(END, List.of()));

        String csv = KpiCsv.of(KpiReport.of(null, KpiReport.Trigger.ON_DEMAND, overall, List.of(byDepartment), "li"));

        assertThat(csv).startsWith(String.join(",", KpiCsv.COLUMNS) + "\r\n").endsWith("\r\n");
        assertThat(csv).contains("\r\nKPI,DEPARTMENT,\"'=HYPERLINK(\"\"x\"\")\",2026-01,");
        assertThat(csv).contains("\r\nKPI,DEPARTMENT,\"after-sales, north\",2026-01,");
        assertThat(csv).contains("\r\nKPI,DEPARTMENT,\"line\nbreak\",2026-01,");
        assertThat(csv).contains("\r\nKPI,DEPARTMENT,,2026-01,");
        // Nulls are empty cells, the target is printed plainly.
        assertThat(csv).contains("\r\nKPI,,,2026-01,2026-01-01T00:00:00Z,2026-02-01T00:00:00Z,,0,0,0,,0,0,,0,,,,0,,,,,,,,"
                + "0,,0,0,,0,0,,90,,0,,,0,0,0,,,,,,,\r\n");
        assertThat(csv).contains("\r\nBACKLOG,,,,2026-02-01T00:00:00Z,,LEVEL_1,").contains(",UNGRADED,")
                .contains(",ALL,");
    }

    private static KpiResult result(KpiDimension groupBy, List<KpiResult.Group> groups, Backlog backlog) {
        return new KpiResult(KpiPeriod.MONTH, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31"), "UTC",
                groupBy, END, List.of(new KpiResult.Bucket("2026-01", START, END, groups)), backlog);
    }
}
