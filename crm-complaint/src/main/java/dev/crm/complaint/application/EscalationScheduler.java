package dev.crm.complaint.application;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the escalation pass every {@code crm.complaint.escalation-interval} on every node. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "crm.complaint.escalation-enabled", havingValue = "true", matchIfMissing = true)
class EscalationScheduler {

    private final EscalationPass pass;
    private final Clock clock;

    EscalationScheduler(MongoOperations mongo, SlaPolicies slaPolicies, SlaNotifications notifications,
                        Clock clock) {
        this.pass = new EscalationPass(mongo, slaPolicies, notifications);
        this.clock = clock;
    }

    @Bean
    EscalationPass escalationPass() {
        return pass;
    }

    @Scheduled(fixedDelayString = "${crm.complaint.escalation-interval:PT30S}",
            initialDelayString = "${crm.complaint.escalation-interval:PT30S}")
    void runPass() {
        pass.run(clock.instant());
    }
}
