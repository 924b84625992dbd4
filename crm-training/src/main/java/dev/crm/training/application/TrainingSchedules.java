package dev.crm.training.application;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the training passes on every node; their leases make each unit of work happen once. */
final class TrainingSchedules {

    private TrainingSchedules() {
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "crm.training.remedial.enabled", havingValue = "true", matchIfMissing = true)
    static class RemedialTrainingScheduler {

        private final RemedialTrainingPass pass;
        private final Clock clock;

        RemedialTrainingScheduler(RemedialTrainingPass pass, Clock clock) {
            this.pass = pass;
            this.clock = clock;
        }

        @Scheduled(fixedDelayString = "${crm.training.remedial.interval:PT5M}",
                initialDelayString = "${crm.training.remedial.interval:PT5M}")
        void runPass() {
            pass.run(clock.instant());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "crm.training.certificates.enabled", havingValue = "true", matchIfMissing = true)
    static class CertificateScheduler {

        private final CertificatePass pass;
        private final Clock clock;

        CertificateScheduler(CertificatePass pass, Clock clock) {
            this.pass = pass;
            this.clock = clock;
        }

        @Scheduled(fixedDelayString = "${crm.training.certificates.interval:PT1H}",
                initialDelayString = "${crm.training.certificates.interval:PT1H}")
        void runPass() {
            pass.run(clock.instant());
        }
    }
}
