package dev.crm.complaint.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * KPI settings ({@code crm.complaint.kpi.*}).
 *
 * @param satisfactionTargetPercent complaint-handling satisfaction target (001 §3.4: 90 %)
 * @param maxBuckets                how many buckets one KPI query may span
 */
@ConfigurationProperties("crm.complaint.kpi")
public record KpiProperties(@DefaultValue("90") double satisfactionTargetPercent,
                            @DefaultValue("366") int maxBuckets) {

    public KpiProperties {
        if (satisfactionTargetPercent < 0 || satisfactionTargetPercent > 100) {
            throw new IllegalArgumentException("crm.complaint.kpi.satisfaction-target-percent must be 0..100");
        }
        if (maxBuckets < 1) {
            throw new IllegalArgumentException("crm.complaint.kpi.max-buckets must be at least 1");
        }
    }
}
