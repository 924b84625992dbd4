package dev.crm.training.application;

import java.math.RoundingMode;
import org.springframework.stereotype.Component;

/**
 * A passed assessment of a certifying course earns its certificate, once per attempt (the source
 * key {@code attempt:<id>}), so a pass reported again issues nothing new. A course without a
 * certificate validity certifies nobody: passing it is recorded on the attempt only.
 */
@Component
class CertificatesForPasses implements PassedAssessments {

    private final Certificates certificates;
    private final Courses courses;

    CertificatesForPasses(Certificates certificates, Courses courses) {
        this.certificates = certificates;
        this.courses = courses;
    }

    @Override
    public void passed(AssessmentPassed passed) {
        if (!courses.get(passed.courseCode()).current().content().certifies()) {
            return;
        }
        Integer score = passed.scorePercent() == null ? null
                : passed.scorePercent().setScale(0, RoundingMode.HALF_UP).intValueExact();
        certificates.issue(passed.candidate(), passed.courseCode(), score, passed.passedAt(),
                "attempt:" + passed.attemptId());
    }
}
