package dev.crm.app.console.web.agent;

import dev.crm.app.console.ConsoleArea;
import dev.crm.core.api.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The agent's entries of the navigation: for the roles the complaint API lets work on complaints. */
@Configuration(proxyBeanMethods = false)
class AgentArea {

    /** Who may work complaints: ComplaintController's WORKERS. */
    static final String WORKERS = "hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT')";
    /** Who may read one: ComplaintController's READERS. */
    static final String READERS = "hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT', 'ANALYST')";

    @Bean
    ConsoleArea agentQueue() {
        return ConsoleArea.of(QueueController.PATH, "agent.nav.queue", 100, Role.AGENT, Role.SUPERVISOR, Role.ADMIN);
    }

    @Bean
    ConsoleArea phoneRegistration() {
        return ConsoleArea.of(PhoneRegistrationController.PATH, "agent.nav.register", 110, Role.AGENT,
                Role.SUPERVISOR, Role.ADMIN);
    }
}
