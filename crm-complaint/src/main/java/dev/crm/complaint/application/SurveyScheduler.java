package dev.crm.complaint.application;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the survey pass and sends requested post-crisis surveys every {@code crm.complaint.survey.pass-interval} on every node. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "crm.complaint.survey.pass-enabled", havingValue = "true", matchIfMissing = true)
class SurveyScheduler {

    private final SurveyPass pass;
    private final PostCrisisSurveys postCrisisSurveys;
    private final Clock clock;

    SurveyScheduler(SurveyPass pass, PostCrisisSurveys postCrisisSurveys, Clock clock) {
        this.pass = pass;
        this.postCrisisSurveys = postCrisisSurveys;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${crm.complaint.survey.pass-interval:PT5M}",
            initialDelayString = "${crm.complaint.survey.pass-interval:PT5M}")
    void runPass() {
        pass.run(clock.instant());
        postCrisisSurveys.send(clock.instant());
    }
}
