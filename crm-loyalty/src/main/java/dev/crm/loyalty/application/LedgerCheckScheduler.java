package dev.crm.loyalty.application;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the ledger check every {@code crm.loyalty.points.check-interval}; the lease lets one node run it. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "crm.loyalty.points.check-enabled", havingValue = "true", matchIfMissing = true)
class LedgerCheckScheduler {

    private final LedgerCheck check;
    private final Clock clock;

    LedgerCheckScheduler(LedgerCheck check, Clock clock) {
        this.check = check;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${crm.loyalty.points.check-interval:PT24H}",
            initialDelayString = "${crm.loyalty.points.check-interval:PT24H}")
    void run() {
        check.run(clock.instant());
    }
}
