package dev.crm.app.store;

import com.mongodb.ConnectionString;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * Chooses the store: a configured {@code spring.mongodb.uri} wins; without one the embedded server
 * starts first and the Mongo client is pointed at it through {@link MongoConnectionDetails} (a URI
 * property set after the fact would be read too late).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoreProperties.class)
class StoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StoreConfiguration.class);
    static final String URI_PROPERTY = "spring.mongodb.uri";

    @Configuration(proxyBeanMethods = false)
    @Conditional(NoMongoUriConfigured.class)
    static class Embedded {

        @Bean(destroyMethod = "close")
        EmbeddedMongoStore embeddedMongoStore(StoreProperties properties) {
            return EmbeddedMongoStore.start(properties.dataDir(), properties.storePort());
        }

        @Bean
        MongoConnectionDetails embeddedMongoConnectionDetails(EmbeddedMongoStore store, StoreProperties properties) {
            ConnectionString connectionString = new ConnectionString(store.connectionString(properties.database()));
            return () -> connectionString;
        }

        @Bean
        ApplicationRunner embeddedVersionIndexes(MongoOperations mongo, MongoMappingContext mappingContext) {
            return args -> EmbeddedVersionIndexes.ensure(mongo, mappingContext);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(MongoUriConfigured.class)
    static class External {

        /**
         * An acknowledged write is on a majority of the replica set and journaled, so a failover
         * cannot roll it back (the API's "nothing acknowledged is ever lost" on MongoDB); reads of
         * case data see only majority-committed writes; a write or read interrupted by a primary
         * election is retried once by the driver. Applied after the URI, so it wins over its options.
         */
        @Bean
        @Order(Ordered.LOWEST_PRECEDENCE)
        MongoClientSettingsBuilderCustomizer majorityDurability() {
            return settings -> settings.writeConcern(WriteConcern.MAJORITY.withJournal(true))
                    .readConcern(ReadConcern.MAJORITY).retryWrites(true).retryReads(true);
        }

        @EventListener(ApplicationReadyEvent.class)
        void announce(ApplicationReadyEvent event) {
            // Hosts and database only: the URI may carry credentials.
            ConnectionString uri = new ConnectionString(event.getApplicationContext().getEnvironment()
                    .getRequiredProperty(URI_PROPERTY));
            log.info("Using the external MongoDB at {} (database '{}')", uri.getHosts(), uri.getDatabase());
        }
    }

    static class MongoUriConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String uri = context.getEnvironment().getProperty(URI_PROPERTY);
            return uri != null && !uri.isBlank();
        }
    }

    static class NoMongoUriConfigured extends MongoUriConfigured {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !super.matches(context, metadata);
        }
    }
}
