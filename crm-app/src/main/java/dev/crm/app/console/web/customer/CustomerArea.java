package dev.crm.app.console.web.customer;

import dev.crm.app.console.ConsoleArea;
import dev.crm.core.api.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The customers entry of the navigation: for the roles the customer API lets read customers. */
@Configuration(proxyBeanMethods = false)
class CustomerArea {

    /** Who may search and read customers: CustomerController's GET endpoints (search, 360, orders). */
    static final String READERS = "hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT', 'ANALYST')";

    @Bean
    ConsoleArea customers() {
        return ConsoleArea.of(CustomerSearchController.PATH, "customer.nav.customers", 300, Role.ADMIN,
                Role.SUPERVISOR, Role.AGENT, Role.ANALYST);
    }
}
