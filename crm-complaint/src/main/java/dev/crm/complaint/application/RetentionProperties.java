package dev.crm.complaint.application;

import dev.crm.complaint.domain.RetentionPolicy;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneOffset;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param serviceRecords how long closed, not archived complaints keep personal data (at least 3 years)
 * @param archives       how long archived complaints keep it (5 to 10 years)
 * @param interval       how often the retention pass runs on each node
 * @param lease          how long one node holds a complaint while anonymising or filing it
 * @param batch          how many complaints one pass step reads at most
 */
@ConfigurationProperties("crm.complaint.retention")
public record RetentionProperties(@DefaultValue("P3Y") Period serviceRecords,
                                  @DefaultValue("P5Y") Period archives,
                                  @DefaultValue("PT1H") Duration interval,
                                  @DefaultValue("PT5M") Duration lease,
                                  @DefaultValue("500") int batch) {

    public RetentionProperties {
        // Refuses to start with a retention shorter than the handbooks allow.
        new RetentionPolicy(serviceRecords, archives, ZoneOffset.UTC);
        if (batch < 1) {
            throw new IllegalArgumentException("crm.complaint.retention.batch must be at least 1");
        }
    }
}
