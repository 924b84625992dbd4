package dev.crm.complaint.web;

import dev.crm.complaint.domain.crisis.Audience;
import dev.crm.complaint.domain.crisis.CrisisDeclaration;
import dev.crm.complaint.domain.crisis.CrisisScope;
import dev.crm.complaint.domain.crisis.CrisisType;
import dev.crm.complaint.domain.crisis.CustomerEmotion;
import dev.crm.complaint.domain.crisis.PlaybookStep;
import dev.crm.complaint.domain.crisis.Severity;
import java.time.Instant;
import java.util.List;

/** Bodies of the crisis, playbook and drill endpoints; the aggregates check them and name bad fields. */
final class CrisisRequests {

    private CrisisRequests() {
    }

    /** @param problemId the problem record the crisis escalates; without it one is opened */
    record Declare(String problemId, String title, String description, CrisisType type, Severity severity,
                   CrisisScope scope, CustomerEmotion customerEmotion, Instant detectedAt) {

        CrisisDeclaration toDeclaration() {
            return new CrisisDeclaration(title, description, type, severity, scope, customerEmotion, detectedAt);
        }
    }

    record Assessment(Severity severity, CrisisScope scope, CustomerEmotion customerEmotion) {
    }

    record Communication(String channel, Audience audience, String message) {
    }

    record ApplyPlaybook(String playbookId) {
    }

    record Note(String note) {
    }

    record Reason(String reason) {
    }

    record PostMortem(String summary, List<String> causes, List<String> lessons, List<String> actions) {
    }

    record Playbook(String name, CrisisType crisisType, String description, List<Step> steps) {

        List<PlaybookStep> toSteps() {
            return steps == null ? null : steps.stream().map(step -> step == null ? null
                    : new PlaybookStep(step.title(), step.responsibleRole(), step.targetMinutes())).toList();
        }
    }

    record Step(String title, String responsibleRole, Integer targetMinutes) {
    }

    record Drill(String playbookId, String scenario, Instant heldAt, List<String> participants, String findings,
                 Integer durationMinutes) {
    }
}
