package dev.crm.app.plugins;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param dir the folder scanned for plugin jars and zips at start (env {@code CRM_PLUGINS_DIR}) */
@ConfigurationProperties("crm.plugins")
public record PluginProperties(@DefaultValue("./plugins") Path dir) {
}
