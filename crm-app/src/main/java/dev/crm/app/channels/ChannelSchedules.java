package dev.crm.app.channels;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** The delivery worker and the poller, on every node; leases keep each message and poll single. */
final class ChannelSchedules {

    private static final Logger log = LoggerFactory.getLogger(ChannelSchedules.class);

    private ChannelSchedules() {
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "crm.channels.delivery.enabled", havingValue = "true", matchIfMissing = true)
    static class Delivery {

        private final DeliveryWorker worker;
        private final Clock clock;

        Delivery(DeliveryWorker worker, Clock clock) {
            this.worker = worker;
            this.clock = clock;
        }

        @Scheduled(fixedDelayString = "${crm.channels.delivery.interval:2s}",
                initialDelayString = "${crm.channels.delivery.interval:2s}")
        void deliver() {
            try {
                // Keep going while there is work rather than pause between batches.
                int attempted;
                do {
                    attempted = worker.deliverDue(clock.instant());
                } while (attempted > 0);
            } catch (RuntimeException e) {
                log.error("Delivery pass failed; its leases expire and the messages are retried", e);
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "crm.channels.polling.enabled", havingValue = "true", matchIfMissing = true)
    static class Polling {

        private final ChannelPolling polling;
        private final Clock clock;

        Polling(ChannelPolling polling, Clock clock) {
            this.polling = polling;
            this.clock = clock;
        }

        @Scheduled(fixedDelay = 5_000, initialDelay = 5_000)
        void poll() {
            try {
                polling.pollDue(clock.instant());
            } catch (RuntimeException e) {
                log.error("Polling pass failed", e);
            }
        }
    }
}
