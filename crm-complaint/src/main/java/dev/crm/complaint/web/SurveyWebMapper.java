package dev.crm.complaint.web;

import dev.crm.complaint.api.SurveyKind;
import dev.crm.complaint.api.SurveyStatus;
import dev.crm.complaint.domain.Goodwill;
import dev.crm.complaint.domain.ReturnVisit;
import dev.crm.complaint.domain.Survey;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.mapstruct.Mapper;

/** Surveys, return visits and goodwill as staff read them. */
@Mapper
interface SurveyWebMapper {

    record SurveyResponse(String id, SurveyKind kind, SurveyStatus status, String complaintNumber, String customerId,
                          String channel, String department, String agent, String question, String campaignId,
                          Instant createdAt, Instant dueAt, Instant expiresAt, String sentVia, Instant sentAt,
                          Instant answeredAt, String answeredVia, String answeredBy, Integer csat, Integer nps,
                          String comment, Instant closedAt) {
    }

    record ReturnVisitResponse(String id, String surveyId, String complaintNumber, String customerId, String assignee,
                               ReturnVisit.Status status, Instant createdAt, Instant dueAt,
                               List<AttemptResponse> attempts,
                               Instant closedAt, String closeNote) {
    }

    record AttemptResponse(Instant at, String by, boolean answered, String note) {
    }

    record GoodwillResponse(String id, Goodwill.Kind kind, AmountResponse amount, BigDecimal percent, Long points,
                            String description, Goodwill.Status status, String grantedBy, Instant grantedAt,
                            String ledgerEntryId, Instant creditedAt) {
    }

    record AmountResponse(BigDecimal value, String currency) {
    }

    SurveyResponse toResponse(Survey survey);

    ReturnVisitResponse toResponse(ReturnVisit visit);

    AttemptResponse toResponse(ReturnVisit.Attempt attempt);

    GoodwillResponse toResponse(Goodwill goodwill);

    AmountResponse toResponse(Goodwill.Amount amount);
}
