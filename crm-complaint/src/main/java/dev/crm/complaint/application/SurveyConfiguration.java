package dev.crm.complaint.application;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SurveyProperties.class, RetentionProperties.class})
class SurveyConfiguration {
}
