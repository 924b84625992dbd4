package dev.crm.loyalty.application;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the points expiry pass every {@code crm.loyalty.points.expiry-interval} on every node. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "crm.loyalty.points.expiry-enabled", havingValue = "true", matchIfMissing = true)
class PointsExpiryScheduler {

    private final PointsExpiryPass pass;
    private final Clock clock;

    PointsExpiryScheduler(PointsExpiryPass pass, Clock clock) {
        this.pass = pass;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${crm.loyalty.points.expiry-interval:PT1H}",
            initialDelayString = "${crm.loyalty.points.expiry-interval:PT1H}")
    void runPass() {
        pass.run(clock.instant());
    }
}
