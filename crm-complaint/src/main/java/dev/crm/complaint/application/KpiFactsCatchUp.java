package dev.crm.complaint.application;

import dev.crm.complaint.persistence.KpiFacts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Mends the KPI facts shortly after start and then every few hours: a fact is missed only when a
 * node dies between saving a complaint and writing its fact, or when the facts collection is new
 * to a deployment that already has complaints. One node at a time (a lease), since every node
 * would do the same work.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "crm.complaint.kpi-facts.catch-up-enabled", havingValue = "true", matchIfMissing = true)
class KpiFactsCatchUp {

    private static final Logger log = LoggerFactory.getLogger(KpiFactsCatchUp.class);
    private static final String LEASE = "kpi-facts-catch-up";
    private static final Duration HOLD = Duration.ofHours(1);

    private final KpiFacts facts;
    private final Leases leases;
    private final Clock clock;

    KpiFactsCatchUp(KpiFacts facts, MongoOperations mongo, Clock clock) {
        this.facts = facts;
        this.leases = new Leases(mongo, LEASE);
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${crm.complaint.kpi-facts.catch-up-delay:PT10S}",
            fixedDelayString = "${crm.complaint.kpi-facts.catch-up-interval:PT6H}")
    void run() {
        Instant now = clock.instant();
        if (!leases.claim(LEASE, now, now.plus(HOLD))) {
            return;
        }
        try {
            KpiFacts.CatchUp result = facts.catchUp();
            if (result.written() > 0) {
                log.info("KPI facts caught up: {} of {} complaints rewritten", result.written(), result.complaints());
            }
        } finally {
            leases.release(LEASE);
        }
    }
}
