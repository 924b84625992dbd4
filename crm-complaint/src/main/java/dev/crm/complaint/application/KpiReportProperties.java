package dev.crm.complaint.application;

import dev.crm.complaint.domain.KpiDimension;
import dev.crm.complaint.domain.KpiPeriod;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The periodic KPI report ({@code crm.complaint.kpi-report.*}).
 *
 * @param enabled    whether this node's scheduler fires (every node may; one wins each period)
 * @param cron       when, in the business time zone (default 03:00 on the first of the month)
 * @param period     the report covers the previous complete bucket of this period
 * @param dimensions the breakdowns every report carries besides the overall figures
 */
@ConfigurationProperties("crm.complaint.kpi-report")
public record KpiReportProperties(@DefaultValue("true") boolean enabled,
                                  @DefaultValue("0 0 3 1 * *") String cron,
                                  @DefaultValue("MONTH") KpiPeriod period,
                                  @DefaultValue({"CHANNEL", "DEPARTMENT"}) List<KpiDimension> dimensions) {

    public KpiReportProperties {
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    }
}
