package dev.crm.app.plugins;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PluginProperties.class)
class PluginHostConfiguration {

    @Bean
    PluginHost pluginHost(PluginProperties properties) {
        return new PluginHost(properties.dir());
    }
}
