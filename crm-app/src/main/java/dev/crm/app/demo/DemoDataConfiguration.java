package dev.crm.app.demo;

import dev.crm.core.api.StaffDirectory;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoOperations;
import tools.jackson.databind.json.JsonMapper;

/** Only with {@code crm.demo-data.enabled=true}: nothing of this exists in a normal installation. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnProperty(prefix = "crm.demo-data", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(DemoDataProperties.class)
class DemoDataConfiguration {

    /** Replaces the core clock for every use case, so the seeder can date the story's steps. */
    @Bean
    @Primary
    SeedingClock seedingClock(@Qualifier("clock") Clock clock) {
        return new SeedingClock(clock);
    }

    @Bean
    DemoDataSeeder demoDataSeeder(DemoDataProperties properties, SeedingClock clock, StaffDirectory staff,
                                  MongoOperations mongo, JsonMapper json) {
        return new DemoDataSeeder(properties, clock, staff, mongo, json);
    }

    @Bean
    DemoDataStartup demoDataStartup(DemoDataSeeder seeder) {
        return new DemoDataStartup(seeder);
    }
}
