package dev.crm.training.application;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param remedial     the remedial training pass over the complaint findings feed
 * @param certificates the certificate pass: issuing due certificates, expiry reminders, re-certification
 * @param lease        how long one node holds a unit of scheduled work
 * @param evaluation   Kirkpatrick evaluation of courses
 */
@ConfigurationProperties("crm.training")
public record TrainingProperties(@DefaultValue Remedial remedial, @DefaultValue Certificates certificates,
                                 @DefaultValue("PT5M") Duration lease, @DefaultValue Evaluation evaluation) {

    /** @param windowDays days before and after a completion compared at levels 3 and 4 unless asked otherwise */
    public record Evaluation(@DefaultValue("90") int windowDays) {

        public Evaluation {
            if (windowDays < 1 || windowDays > 730) {
                throw new IllegalArgumentException("crm.training.evaluation.window-days must be between 1 and 730");
            }
        }
    }

    /**
     * @param enabled  whether the scheduler runs the pass (tests run it themselves)
     * @param interval how often each node runs it
     * @param settle   how far behind the clock the feed is read, so a finding still being saved is not overtaken
     * @param batch    findings read per page
     */
    public record Remedial(@DefaultValue("true") boolean enabled, @DefaultValue("PT5M") Duration interval,
                           @DefaultValue("PT1M") Duration settle, @DefaultValue("200") int batch) {

        public Remedial {
            if (batch < 1 || batch > 500) {
                throw new IllegalArgumentException("crm.training.remedial.batch must be between 1 and 500");
            }
            if (settle.isNegative()) {
                throw new IllegalArgumentException("crm.training.remedial.settle must not be negative");
            }
        }
    }

    /**
     * @param enabled         whether the scheduler runs the pass
     * @param interval        how often each node runs it
     * @param reminderWindows how long before expiry holders are reminded, each once
     * @param batch           certificates handled per pass step
     */
    public record Certificates(@DefaultValue("true") boolean enabled, @DefaultValue("PT1H") Duration interval,
                               @DefaultValue({"P30D", "P7D"}) List<Duration> reminderWindows,
                               @DefaultValue("200") int batch) {

        public Certificates {
            if (batch < 1) {
                throw new IllegalArgumentException("crm.training.certificates.batch must be at least 1");
            }
        }
    }
}
