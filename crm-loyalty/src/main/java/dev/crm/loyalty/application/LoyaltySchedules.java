package dev.crm.loyalty.application;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** The loyalty passes on their schedules, on every node; their leases let one node work at a time. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoyaltyProperties.class)
class LoyaltySchedules {

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "crm.loyalty.order-earning.enabled", havingValue = "true", matchIfMissing = true)
    static class OrderEarningSchedule {

        private final OrderEarningPass pass;
        private final Clock clock;

        OrderEarningSchedule(OrderEarningPass pass, Clock clock) {
            this.pass = pass;
            this.clock = clock;
        }

        @Scheduled(fixedDelayString = "${crm.loyalty.order-earning.interval:PT1M}",
                initialDelayString = "${crm.loyalty.order-earning.interval:PT1M}")
        void run() {
            pass.run(clock.instant());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "crm.loyalty.level-review.enabled", havingValue = "true", matchIfMissing = true)
    static class LevelReviewSchedule {

        private final LevelReviewPass pass;
        private final Clock clock;

        LevelReviewSchedule(LevelReviewPass pass, Clock clock) {
            this.pass = pass;
            this.clock = clock;
        }

        @Scheduled(fixedDelayString = "${crm.loyalty.level-review.interval:PT6H}",
                initialDelayString = "${crm.loyalty.level-review.interval:PT6H}")
        void run() {
            pass.run(clock.instant());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "crm.loyalty.ledger-connection.enabled", havingValue = "true", matchIfMissing = true)
    static class LedgerConnectionSchedule {

        private final LedgerConnection connection;
        private final Clock clock;

        LedgerConnectionSchedule(LedgerConnection connection, Clock clock) {
            this.connection = connection;
            this.clock = clock;
        }

        @Scheduled(fixedDelayString = "${crm.loyalty.ledger-connection.interval:PT1M}",
                initialDelayString = "${crm.loyalty.ledger-connection.interval:PT1M}")
        void run() {
            connection.run(clock.instant());
        }
    }
}
