package dev.crm.complaint.application;

import java.time.Clock;
import java.time.Instant;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** The scheduled work of problem records and crises, each switchable per node. */
final class ProblemSchedules {

    private ProblemSchedules() {
    }

    /** Runs the detection sweep every {@code crm.complaint.problems.detection-interval}. */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "crm.complaint.problems.detection-enabled", havingValue = "true",
            matchIfMissing = true)
    static class DetectionSweep {

        private final ProblemDetectionPass pass;
        private final Clock clock;

        DetectionSweep(ProblemDetectionPass pass, Clock clock) {
            this.pass = pass;
            this.clock = clock;
        }

        @Scheduled(fixedDelayString = "${crm.complaint.problems.detection-interval:PT5M}",
                initialDelayString = "${crm.complaint.problems.detection-interval:PT5M}")
        void run() {
            pass.run(clock.instant());
        }
    }

    /** Runs the 3-minute watch every {@code crm.complaint.crisis.watch-interval}. */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "crm.complaint.crisis.watch-enabled", havingValue = "true", matchIfMissing = true)
    static class CommunicationWatch {

        private final CrisisWatch watch;
        private final Clock clock;

        CommunicationWatch(CrisisWatch watch, Clock clock) {
            this.watch = watch;
            this.clock = clock;
        }

        @Scheduled(fixedDelayString = "${crm.complaint.crisis.watch-interval:PT15S}",
                initialDelayString = "${crm.complaint.crisis.watch-interval:PT15S}")
        void run() {
            Instant now = clock.instant();
            watch.run(now);
            watch.deliverUndelivered(now);
        }
    }
}
