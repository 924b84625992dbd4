package dev.crm.complaint.application;

import dev.crm.complaint.api.SurveyKind;
import dev.crm.complaint.application.SurveyDelivery.CustomerOutcome;
import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.BackgroundJobs;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.JobView;
import dev.crm.customer.api.CustomerSegments;
import dev.crm.customer.api.CustomerSegments.SegmentSummary;
import dev.crm.customer.api.CustomerView;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * The periodic relationship survey (000 §3.1: quarterly) to the members of a customer segment, each
 * through their preferred consented channel; members no channel reaches are counted, not asked.
 * Always a background job, whatever the segment's size: one code path, no request that times out on
 * a large segment, and progress to watch at {@code /api/v1/jobs/{id}}. Every member's survey has the
 * origin {@code relationship:<campaign>:<customer>}, so no one is asked twice in one campaign.
 */
@Service
public class RelationshipSurveys {

    static final String JOB = "relationship-survey";
    public static final String DEFAULT_QUESTION = "Overall, how satisfied are you with our service?";
    public static final int MAX_QUESTION = 500;
    private static final int REPORT_EVERY = 100;

    private final CustomerSegments segments;
    private final SurveyDelivery delivery;
    private final BackgroundJobs jobs;
    private final AuditLog auditLog;
    private final Clock clock;

    RelationshipSurveys(CustomerSegments segments, SurveyDelivery delivery, BackgroundJobs jobs, AuditLog auditLog,
                        Clock clock) {
        this.segments = segments;
        this.delivery = delivery;
        this.jobs = jobs;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A started campaign: its id (on every survey as {@code campaignId}) and the job sending it. */
    public record Campaign(String id, String segmentId, String segmentName, long members, String question,
                           JobView job) {
    }

    /**
     * @throws InvalidInputException naming {@code segmentId} or {@code question}
     * @throws dev.crm.core.api.RecordNotFoundException when the segment does not exist
     */
    public Campaign start(String segmentId, String question, String by) {
        if (segmentId == null || segmentId.isBlank()) {
            throw new InvalidInputException("segmentId", "is required");
        }
        String text = question == null || question.isBlank() ? DEFAULT_QUESTION : question.strip();
        if (text.length() > MAX_QUESTION) {
            throw new InvalidInputException("question", "must be at most " + MAX_QUESTION + " characters");
        }
        SegmentSummary segment = segments.describe(segmentId.strip());
        String campaignId = UUID.randomUUID().toString();
        JobView job = jobs.submit(JOB, by, context -> {
            context.rowsTotal(segment.memberCount());
            Map<CustomerOutcome, Long> counts = new EnumMap<>(CustomerOutcome.class);
            for (CustomerOutcome outcome : CustomerOutcome.values()) {
                counts.put(outcome, 0L);
            }
            long batchDone = 0;
            long batchSent = 0;
            try (Stream<CustomerView> members = segments.members(segment.id())) {
                Iterator<CustomerView> each = members.iterator();
                while (each.hasNext()) {
                    CustomerView customer = each.next();
                    CustomerOutcome outcome = delivery.openForCustomer(SurveyKind.RELATIONSHIP,
                            "relationship:" + campaignId + ":" + customer.id().value(), customer, text, campaignId,
                            clock.instant());
                    counts.merge(outcome, 1L, Long::sum);
                    batchDone++;
                    batchSent += outcome == CustomerOutcome.SENT ? 1 : 0;
                    if (batchDone == REPORT_EVERY) {
                        context.progress(batchDone, batchSent, batchDone - batchSent, List.of());
                        batchDone = 0;
                        batchSent = 0;
                    }
                }
            }
            if (batchDone > 0) {
                context.progress(batchDone, batchSent, batchDone - batchSent, List.of());
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("campaignId", campaignId);
            result.put("segmentId", segment.id());
            result.put("sent", counts.get(CustomerOutcome.SENT));
            result.put("skippedNoChannel", counts.get(CustomerOutcome.NO_CHANNEL));
            result.put("alreadySurveyed", counts.get(CustomerOutcome.ALREADY_SURVEYED));
            return result;
        });
        auditLog.record(new AuditEvent(by, "relationship-survey.started", "SurveyCampaign", campaignId,
                Map.of("segment", segment.id(), "job", job.id())));
        return new Campaign(campaignId, segment.id(), segment.name(), segment.memberCount(), text, job);
    }
}
