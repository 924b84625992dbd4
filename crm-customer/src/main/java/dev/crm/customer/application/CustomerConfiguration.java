package dev.crm.customer.application;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({OrderImportProperties.class, CustomerValueProperties.class})
class CustomerConfiguration {
}
