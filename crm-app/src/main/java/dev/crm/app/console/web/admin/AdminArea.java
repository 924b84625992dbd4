package dev.crm.app.console.web.admin;

import dev.crm.app.console.ConsoleArea;
import dev.crm.core.api.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plugins admin entry: for the roles the API lets read plugins and channels. */
@Configuration(proxyBeanMethods = false)
class AdminArea {

    /** Who may read plugins and channels: PluginsController's and ChannelsController's readers. */
    static final String READERS = "hasAnyRole('ADMIN', 'INTEGRATOR')";
    /** Who may switch channels and change their settings: ChannelsController's writers. */
    static final String WRITERS = "hasRole('ADMIN')";

    @Bean
    ConsoleArea adminPlugins() {
        return ConsoleArea.of(PluginsAdminController.PATH, "admin.nav.plugins", 900, Role.ADMIN, Role.INTEGRATOR);
    }
}
