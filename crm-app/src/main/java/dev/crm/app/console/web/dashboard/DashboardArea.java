package dev.crm.app.console.web.dashboard;

import dev.crm.app.console.ConsoleArea;
import dev.crm.core.api.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The dashboards' entries of the navigation, each for the roles its API allows: the complaint KPIs,
 * the value distribution and the points liability are read by administrators, supervisors and
 * analysts; long jobs are started by whoever the API lets start one (order imports: administrators
 * and integrators; scoring runs and CLV fits: administrators and analysts).
 */
@Configuration(proxyBeanMethods = false)
class DashboardArea {

    /** KpiController's KPI_READERS, LoyaltyReportController's liability and redemption-rate readers. */
    static final String READERS = "hasAnyRole('ADMIN', 'SUPERVISOR', 'ANALYST')";
    /** OrderController.startImport. */
    static final String IMPORTERS = "hasAnyRole('ADMIN', 'INTEGRATOR')";
    /** CustomerValueController.score and .fit. */
    static final String SCORERS = "hasAnyRole('ADMIN', 'ANALYST')";
    static final String JOB_STARTERS = "hasAnyRole('ADMIN', 'ANALYST', 'INTEGRATOR')";

    @Bean
    ConsoleArea complaintKpiDashboard() {
        return ConsoleArea.of(ComplaintKpiController.PATH, "dashboard.nav.kpis", 600, Role.ADMIN, Role.SUPERVISOR,
                Role.ANALYST);
    }

    @Bean
    ConsoleArea valueDashboard() {
        return ConsoleArea.of(ValueDashboardController.PATH, "dashboard.nav.value", 610, Role.ADMIN, Role.SUPERVISOR,
                Role.ANALYST);
    }

    @Bean
    ConsoleArea loyaltyDashboard() {
        return ConsoleArea.of(LiabilityDashboardController.PATH, "dashboard.nav.liability", 620, Role.ADMIN,
                Role.SUPERVISOR, Role.ANALYST);
    }

    @Bean
    ConsoleArea longJobs() {
        return ConsoleArea.of(JobsController.PATH, "dashboard.nav.jobs", 630, Role.ADMIN, Role.ANALYST,
                Role.INTEGRATOR);
    }
}
