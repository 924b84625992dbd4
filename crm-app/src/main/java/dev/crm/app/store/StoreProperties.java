package dev.crm.app.store;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dataDir where the embedded store keeps its file (env {@code CRM_DATA_DIR}); unused when
 *                {@code spring.mongodb.uri} points at a real MongoDB
 * @param database the database name used on the embedded store
 * @param storePort the loopback port the embedded store listens on (env {@code CRM_STORE_PORT});
 *                  0, the default, takes a free one. A fixed port lets a second node on the same
 *                  machine connect with {@code spring.mongodb.uri=mongodb://127.0.0.1:<port>/crm}.
 */
@ConfigurationProperties("crm")
public record StoreProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("crm") String database,
                              @DefaultValue("0") int storePort) {

    public StoreProperties {
        if (storePort < 0 || storePort > 65535) {
            throw new IllegalArgumentException("crm.store-port must be between 0 and 65535");
        }
    }
}
