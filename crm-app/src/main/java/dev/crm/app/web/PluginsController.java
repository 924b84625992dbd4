package dev.crm.app.web;

import dev.crm.app.plugins.LoadedAdapter;
import dev.crm.app.plugins.PluginAdministration;
import dev.crm.app.plugins.PluginHost;
import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.CurrentStaff;
import java.util.Comparator;
import java.util.List;
import org.pf4j.PluginWrapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The plugins in the plugins folder (and bundled): list, switch on and off, reload, pick up new ones. */
@RestController
@RequestMapping("/api/v1/plugins")
class PluginsController {

    private final PluginHost host;
    private final PluginAdministration administration;
    private final AuditLog audit;
    private final CurrentStaff staff;

    PluginsController(PluginHost host, PluginAdministration administration, AuditLog audit, CurrentStaff staff) {
        this.host = host;
        this.administration = administration;
        this.audit = audit;
        this.staff = staff;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'INTEGRATOR')")
    List<LoadedPlugin> list() {
        return host.plugins().getPlugins().stream()
                .sorted(Comparator.comparing(PluginWrapper::getPluginId))
                .map(this::view)
                .toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'INTEGRATOR')")
    LoadedPlugin get(@PathVariable String id) {
        return view(plugin(id));
    }

    @PostMapping("/{id}/enable")
    @PreAuthorize("hasRole('ADMIN')")
    LoadedPlugin enable(@PathVariable String id) {
        return view(administration.enable(id, staff.username()));
    }

    @PostMapping("/{id}/disable")
    @PreAuthorize("hasRole('ADMIN')")
    LoadedPlugin disable(@PathVariable String id) {
        return view(administration.disable(id, staff.username()));
    }

    /** Unloads the plugin and loads what its folder holds now: a replaced jar takes effect. */
    @PostMapping("/{id}/reload")
    @PreAuthorize("hasRole('ADMIN')")
    LoadedPlugin reload(@PathVariable String id) {
        return view(administration.reload(id, staff.username()));
    }

    /** Loads the plugins added to the folder since the start; answers with all plugins. */
    @PostMapping("/scan")
    @PreAuthorize("hasRole('ADMIN')")
    List<LoadedPlugin> scan() {
        List<String> added = host.loadNew();
        added.forEach(id -> audit.record(AuditEvent.of(staff.username(), "plugin.loaded", "Plugin", id)));
        return list();
    }

    private PluginWrapper plugin(String id) {
        return host.plugin(id);
    }

    private LoadedPlugin view(PluginWrapper plugin) {
        var descriptor = plugin.getDescriptor();
        List<String> channels = host.adapters().stream().filter(a -> a.pluginId().equals(plugin.getPluginId()))
                .map(LoadedAdapter::id).sorted().toList();
        return new LoadedPlugin(plugin.getPluginId(), descriptor.getVersion(), host.stateOf(plugin),
                descriptor.getPluginDescription(), descriptor.getProvider(), descriptor.getRequires(), channels,
                host.problemOf(plugin).orElse(null));
    }

    record LoadedPlugin(String id, String version, String state, String description, String provider,
                        String requires, List<String> channelAdapters, String failure) {
    }
}
