package dev.crm.app.web;

import dev.crm.app.plugins.PluginHost;

import java.util.Comparator;
import java.util.List;
import org.pf4j.PluginWrapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/plugins")
class PluginsController {

    private final PluginHost host;

    PluginsController(PluginHost host) {
        this.host = host;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'INTEGRATOR')")
    List<LoadedPlugin> list() {
        return host.plugins().getPlugins().stream()
                .sorted(Comparator.comparing(PluginWrapper::getPluginId))
                .map(LoadedPlugin::of)
                .toList();
    }

    record LoadedPlugin(String id, String version, String state, String description, String provider,
                        String requires, String failure) {

        static LoadedPlugin of(PluginWrapper plugin) {
            var descriptor = plugin.getDescriptor();
            Throwable failure = plugin.getFailedException();
            return new LoadedPlugin(plugin.getPluginId(), descriptor.getVersion(), plugin.getPluginState().name(),
                    descriptor.getPluginDescription(), descriptor.getProvider(), descriptor.getRequires(),
                    failure == null ? null : failure.getMessage());
        }
    }
}
