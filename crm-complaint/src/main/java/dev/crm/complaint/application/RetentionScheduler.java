package dev.crm.complaint.application;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the retention pass every {@code crm.complaint.retention.interval} on every node. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "crm.complaint.retention.enabled", havingValue = "true", matchIfMissing = true)
class RetentionScheduler {

    private final RetentionPass pass;
    private final Clock clock;

    RetentionScheduler(RetentionPass pass, Clock clock) {
        this.pass = pass;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${crm.complaint.retention.interval:PT1H}",
            initialDelayString = "${crm.complaint.retention.interval:PT1H}")
    void runPass() {
        pass.run(clock.instant());
    }
}
