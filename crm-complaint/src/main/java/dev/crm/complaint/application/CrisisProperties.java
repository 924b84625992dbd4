package dev.crm.complaint.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param firstCommunicationTarget the 3-minute rule (004 §6.3): first communication due this long after detection
 * @param watchEnabled             whether this node runs the watch that flags missed first communications
 * @param watchInterval            how often the watch runs
 */
@ConfigurationProperties("crm.complaint.crisis")
public record CrisisProperties(@DefaultValue("PT3M") Duration firstCommunicationTarget,
                               @DefaultValue("true") boolean watchEnabled,
                               @DefaultValue("PT15S") Duration watchInterval) {

    public CrisisProperties {
        if (firstCommunicationTarget == null || firstCommunicationTarget.isNegative()
                || firstCommunicationTarget.isZero()) {
            throw new IllegalArgumentException("crm.complaint.crisis.first-communication-target must be positive");
        }
        if (watchInterval == null || watchInterval.isNegative() || watchInterval.isZero()) {
            throw new IllegalArgumentException("crm.complaint.crisis.watch-interval must be positive");
        }
    }
}
