package dev.crm.loyalty.application;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PointsProperties.class)
class LoyaltyConfiguration {
}
