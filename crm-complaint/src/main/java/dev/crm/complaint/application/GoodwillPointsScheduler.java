package dev.crm.complaint.application;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Credits goodwill points left pending, every {@code crm.complaint.goodwill.points-interval} on every node. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "crm.complaint.goodwill.points-enabled", havingValue = "true", matchIfMissing = true)
class GoodwillPointsScheduler {

    private final GoodwillPoints points;
    private final Clock clock;

    GoodwillPointsScheduler(GoodwillPoints points, Clock clock) {
        this.points = points;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${crm.complaint.goodwill.points-interval:PT1M}",
            initialDelayString = "${crm.complaint.goodwill.points-interval:PT1M}")
    void run() {
        points.run(clock.instant());
    }
}
