package dev.crm.app.store;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dataDir where the embedded store keeps its file (env {@code CRM_DATA_DIR}); unused when
 *                {@code spring.mongodb.uri} points at a real MongoDB
 * @param database the database name used on the embedded store
 */
@ConfigurationProperties("crm")
public record StoreProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("crm") String database) {
}
