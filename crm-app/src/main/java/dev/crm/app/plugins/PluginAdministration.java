package dev.crm.app.plugins;

import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.RecordNotFoundException;
import org.pf4j.PluginWrapper;
import org.springframework.stereotype.Service;

/**
 * An administrator's plugin operations, audited, for the REST API and the console alike: switch a
 * whole plugin off (its channels lose their adapter) or on again, and reload it from its folder.
 */
@Service
public class PluginAdministration {

    private final PluginHost host;
    private final AuditLog audit;

    PluginAdministration(PluginHost host, AuditLog audit) {
        this.host = host;
        this.audit = audit;
    }

    /**
     * Enables and starts the plugin; what PF4J made of it is in the returned plugin's state (a plugin
     * refused for its Plugin-Requires or failing in start() is not STARTED, {@link PluginHost#problemOf} says why).
     *
     * @throws RecordNotFoundException when no plugin of this id is loaded
     */
    public PluginWrapper enable(String pluginId, String by) {
        host.enable(pluginId);
        audit.record(AuditEvent.of(by, "plugin.enabled", "Plugin", pluginId));
        return host.plugin(pluginId);
    }

    /** @throws RecordNotFoundException when no plugin of this id is loaded */
    public PluginWrapper disable(String pluginId, String by) {
        host.disable(pluginId);
        audit.record(AuditEvent.of(by, "plugin.disabled", "Plugin", pluginId));
        return host.plugin(pluginId);
    }

    /**
     * Unloads the plugin and loads what its folder holds now: a replaced jar takes effect.
     *
     * @throws RecordNotFoundException when no plugin of this id is loaded, or its jar is gone from the folder
     */
    public PluginWrapper reload(String pluginId, String by) {
        PluginWrapper reloaded = host.reload(pluginId).orElseThrow(() -> new RecordNotFoundException("plugin",
                pluginId));
        audit.record(AuditEvent.of(by, "plugin.reloaded", "Plugin", pluginId));
        return reloaded;
    }
}
