package dev.crm.complaint.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param repeatWindow        how far apart two complaints of one customer and type may be received to be a repeat
 * @param batchThreshold      how many different customers make a batch
 * @param batchWindow         the period a batch's complaints are received in
 * @param effectivenessWindow the default length of the before and after windows of an effectiveness check
 * @param detectionEnabled    whether this node runs the detection sweep (complaints the immediate check missed)
 * @param detectionInterval   how often the sweep runs
 * @param detectionBatch      how many complaints one sweep examines at most
 */
@ConfigurationProperties("crm.complaint.problems")
public record ProblemProperties(@DefaultValue("P90D") Duration repeatWindow,
                                @DefaultValue("5") int batchThreshold,
                                @DefaultValue("P7D") Duration batchWindow,
                                @DefaultValue("P30D") Duration effectivenessWindow,
                                @DefaultValue("true") boolean detectionEnabled,
                                @DefaultValue("PT5M") Duration detectionInterval,
                                @DefaultValue("200") int detectionBatch) {

    public ProblemProperties {
        requirePositive(repeatWindow, "repeat-window");
        requirePositive(batchWindow, "batch-window");
        requirePositive(effectivenessWindow, "effectiveness-window");
        requirePositive(detectionInterval, "detection-interval");
        if (batchThreshold < 2) {
            throw new IllegalArgumentException("crm.complaint.problems.batch-threshold must be at least 2");
        }
        if (detectionBatch < 1) {
            throw new IllegalArgumentException("crm.complaint.problems.detection-batch must be at least 1");
        }
    }

    static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("crm.complaint.problems." + name + " must be a positive duration");
        }
    }
}
