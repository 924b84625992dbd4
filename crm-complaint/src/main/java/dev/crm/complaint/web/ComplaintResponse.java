package dev.crm.complaint.web;

import dev.crm.complaint.api.AttachmentRef;
import dev.crm.complaint.api.Channel;
import dev.crm.complaint.api.ComplaintKind;
import dev.crm.complaint.api.ComplaintState;
import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.api.ContactForm;
import dev.crm.complaint.api.Grade;
import dev.crm.complaint.api.ImpactScope;
import dev.crm.complaint.api.Milestone;
import dev.crm.complaint.api.ThirdPartyKind;
import java.time.Instant;
import java.util.List;

record ComplaintResponse(String number, ComplaintKind kind, ComplaintState state, Channel channel, ContactForm form,
                         Instant receivedAt, Instant registeredAt, String registeredBy, String customerId,
                         String contactHint, String description, String customerDemand, String expectedResult,
                         Instant occurredAt, ImpactScope impactScope, String productReference,
                         String productCategory, List<AttachmentRef> attachments, Grade grade, ComplaintType type, String handlingPlan, String owner,
                         AssignmentResponse assignment, String solution, String customerNotifiedVia,
                         Instant resolvedAt, FollowUpResponse followUpOutcome, Instant nextDueAt, boolean breached,
                         List<DeadlineResponse> deadlines, List<TransitionResponse> transitions, Long version,
                         List<SurveyWebMapper.GoodwillResponse> goodwill, List<SurveyScoreResponse> surveyScores,
                         Instant closedAt, Instant archivedAt, String archiveNumber, Instant anonymisedAt,
                         String repeatOf, String problemId) {

    record AssignmentResponse(String handler, String department, ThirdPartyKind thirdPartyKind,
                              String thirdPartyName) {
    }

    record FollowUpResponse(String result, int attempts, String note) {
    }

    record DeadlineResponse(Milestone milestone, long targetMinutes, String policyId, Instant warnAt, Instant dueAt,
                            Instant metAt, Instant breachedAt, int escalationTier) {
    }

    record SurveyScoreResponse(String surveyId, int csat, Integer nps, Instant answeredAt) {
    }

    record TransitionResponse(ComplaintState from, ComplaintState to, String by, Instant at, String note) {
    }
}
