package dev.crm.complaint.web;

import dev.crm.complaint.application.RelationshipSurveys;
import dev.crm.complaint.application.RelationshipSurveys.Campaign;
import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.JobState;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Relationship surveys (000 §3.1) to a customer segment, sent by a background job. */
@RestController
@RequestMapping("/api/v1/relationship-surveys")
class RelationshipSurveyController {

    private final RelationshipSurveys surveys;
    private final CurrentStaff currentStaff;

    RelationshipSurveyController(RelationshipSurveys surveys, CurrentStaff currentStaff) {
        this.surveys = surveys;
        this.currentStaff = currentStaff;
    }

    record StartRequest(String segmentId, String question) {
    }

    record CampaignResponse(String campaignId, String segmentId, String segmentName, long members, String question,
                            String jobId, JobState jobState) {
    }

    /** 202: the job runs; watch it at the Location, whose result counts sent and skipped customers. */
    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'ANALYST')")
    ResponseEntity<CampaignResponse> start(@RequestBody StartRequest request) {
        Campaign campaign = surveys.start(request.segmentId(), request.question(), currentStaff.username());
        return ResponseEntity.accepted().location(URI.create("/api/v1/jobs/" + campaign.job().id()))
                .body(new CampaignResponse(campaign.id(), campaign.segmentId(), campaign.segmentName(),
                        campaign.members(), campaign.question(), campaign.job().id(), campaign.job().state()));
    }
}
