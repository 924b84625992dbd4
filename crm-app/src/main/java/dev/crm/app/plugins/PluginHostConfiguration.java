package dev.crm.app.plugins;

import java.io.IOException;
import java.nio.file.Files;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PluginProperties.class)
class PluginHostConfiguration {

    @Bean
    PluginHost pluginHost(PluginProperties properties) throws IOException {
        if (!properties.bundled()) {
            return new PluginHost(properties.dir());
        }
        // A folder of this process's own: two nodes on one machine must not unpack over each other.
        var unpacked = Files.createTempDirectory("crm-bundled-plugins");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(unpacked.toFile())));
        return new PluginHost(properties.dir(), unpacked);
    }
}
