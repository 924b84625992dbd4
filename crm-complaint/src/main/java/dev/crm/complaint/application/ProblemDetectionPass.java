package dev.crm.complaint.application;

import dev.crm.complaint.persistence.ComplaintEvidence;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The detection sweep: examines complaints whose type changed and whose immediate examination did
 * not finish (a crash, a failure). Safe on several nodes at once: detection is idempotent and
 * decides races on the detection key's unique index.
 */
@Component
public class ProblemDetectionPass {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetectionPass.class);

    private final ComplaintEvidence evidence;
    private final ProblemDetection detection;
    private final ProblemProperties properties;

    ProblemDetectionPass(ComplaintEvidence evidence, ProblemDetection detection, ProblemProperties properties) {
        this.evidence = evidence;
        this.detection = detection;
        this.properties = properties;
    }

    /** @return how many complaints this pass examined */
    public int run(Instant now) {
        int examined = 0;
        for (String number : evidence.dueForDetection(properties.detectionBatch())) {
            try {
                detection.examine(number, now);
                examined++;
            } catch (RuntimeException e) {
                log.warn("Problem detection for complaint {} failed; the next sweep retries it", number, e);
            }
        }
        return examined;
    }
}
