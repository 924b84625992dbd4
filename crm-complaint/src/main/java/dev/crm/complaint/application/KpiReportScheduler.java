package dev.crm.complaint.application;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Fires the periodic KPI report at {@code crm.complaint.kpi-report.cron} in the business time zone
 * on every node; the node that claims the period writes the report, the others do nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "crm.complaint.kpi-report.enabled", havingValue = "true", matchIfMissing = true)
class KpiReportScheduler {

    private final KpiReports reports;
    private final Clock clock;

    KpiReportScheduler(KpiReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Scheduled(cron = "${crm.complaint.kpi-report.cron:0 0 3 1 * *}", zone = "${crm.business-time-zone:UTC}")
    void periodic() {
        reports.runScheduled(clock.instant());
    }
}
