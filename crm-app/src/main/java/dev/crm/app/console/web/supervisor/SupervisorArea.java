package dev.crm.app.console.web.supervisor;

import dev.crm.app.console.ConsoleArea;
import dev.crm.core.api.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The supervisor's entries of the navigation. The board, the escalations and the policy editor are
 * supervision tools, so they are for supervisors and administrators (the roles the API lets change SLA
 * policies and archive complaints); handing a complaint over keeps the API's roles for it.
 */
@Configuration(proxyBeanMethods = false)
class SupervisorArea {

    /** Who supervises: the complaint API's SLA policy editors (SlaPolicyController). */
    static final String SUPERVISORS = "hasAnyRole('ADMIN', 'SUPERVISOR')";
    /** Who may hand a complaint over: ComplaintController's WORKERS (hand-over endpoint). */
    static final String WORKERS = "hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT')";

    @Bean
    ConsoleArea supervisorBoard() {
        return ConsoleArea.of(BoardController.PATH, "supervisor.nav.board", 200, Role.SUPERVISOR, Role.ADMIN);
    }

    @Bean
    ConsoleArea supervisorEscalations() {
        return ConsoleArea.of(EscalationsController.PATH, "supervisor.nav.escalations", 210, Role.SUPERVISOR,
                Role.ADMIN);
    }

    @Bean
    ConsoleArea supervisorSlaPolicies() {
        return ConsoleArea.of(SlaPolicyEditorController.PATH, "supervisor.nav.policies", 220, Role.SUPERVISOR, Role.ADMIN);
    }
}
