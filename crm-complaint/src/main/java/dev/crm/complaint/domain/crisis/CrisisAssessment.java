package dev.crm.complaint.domain.crisis;

import java.time.Instant;

/** One assessment of a crisis and the level it gives; a crisis keeps every assessment. */
public record CrisisAssessment(Severity severity, CrisisScope scope, CustomerEmotion customerEmotion,
                               CrisisLevel level, Instant at, String by) {

    static CrisisAssessment of(Severity severity, CrisisScope scope, CustomerEmotion emotion, Instant at, String by) {
        return new CrisisAssessment(severity, scope, emotion, CrisisLevel.of(severity, scope, emotion), at, by);
    }
}
