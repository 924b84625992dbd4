package dev.crm.complaint.web;

import dev.crm.complaint.domain.crisis.Audience;
import dev.crm.complaint.domain.crisis.CrisisLevel;
import dev.crm.complaint.domain.crisis.CrisisScope;
import dev.crm.complaint.domain.crisis.CrisisType;
import dev.crm.complaint.domain.crisis.CustomerEmotion;
import dev.crm.complaint.domain.crisis.RecoveryStage;
import dev.crm.complaint.domain.crisis.Severity;
import java.time.Instant;
import java.util.List;

/**
 * A crisis as the API shows it. {@code firstCommunicationWithinTarget} is true or false once the
 * first communication is made, false when the target passed without one, and null while it runs.
 */
record CrisisResponse(String number, String problemId, String title, String description, CrisisType type,
                      CrisisLevel level, List<AssessmentResponse> assessments, Instant detectedAt, Instant declaredAt,
                      String declaredBy, String firstCommunicationTarget, Instant firstCommunicationDueAt,
                      Instant firstCommunicationAt, Boolean firstCommunicationWithinTarget,
                      Instant communicationOverdueAt, List<CommunicationResponse> communications, String playbookId,
                      String playbookName, List<StepResponse> checklist, RecoveryStage stage,
                      List<StageResponse> stageTransitions, PostMortemResponse postMortem,
                      boolean postCrisisSurveyRequested, Instant postCrisisSurveyRequestedAt,
                      String postCrisisSurveyRef, Instant closedAt, Long version) {

    record AssessmentResponse(Severity severity, CrisisScope scope, CustomerEmotion customerEmotion, CrisisLevel level,
                              Instant at, String by) {
    }

    /** {@code recipients} and {@code deliveredAt}: for the CUSTOMERS, when the messages went to the outbox. */
    record CommunicationResponse(Integer sequence, String channel, Audience audience, String message, Instant at,
                                 String by, Integer recipients, Instant deliveredAt) {
    }

    record StepResponse(int no, String title, String responsibleRole, int targetMinutes, Instant dueAt,
                        boolean settled, Instant doneAt, String doneBy, Instant skippedAt, String skippedBy,
                        String note) {
    }

    record StageResponse(RecoveryStage from, RecoveryStage to, String by, Instant at, String note) {
    }

    record PostMortemResponse(String summary, List<String> causes, List<String> lessons, List<String> actions,
                              Instant writtenAt, String writtenBy) {
    }
}
