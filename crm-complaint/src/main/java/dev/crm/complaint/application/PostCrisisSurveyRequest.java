package dev.crm.complaint.application;

import java.time.Instant;
import java.util.List;

/**
 * A crisis whose customers are to get the post-crisis survey (004 §6.4): requested when the crisis
 * entered REBUILD. The complaints of its problem record name the customers to ask.
 */
public record PostCrisisSurveyRequest(String crisisNumber, String problemId, Instant requestedAt,
                                      List<String> complaintNumbers) {

    public PostCrisisSurveyRequest {
        complaintNumbers = List.copyOf(complaintNumbers);
    }
}
