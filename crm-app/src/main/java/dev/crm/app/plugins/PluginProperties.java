package dev.crm.app.plugins;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dir     the folder scanned for plugin jars and zips (env {@code CRM_PLUGINS_DIR})
 * @param bundled also load the channel plugins packed into the application (email, SMS, WeChat,
 *                webhook); a plugin of the same id in {@code dir} replaces the bundled one
 */
@ConfigurationProperties("crm.plugins")
public record PluginProperties(@DefaultValue("./plugins") Path dir, @DefaultValue("true") boolean bundled) {
}
