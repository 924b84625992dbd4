package dev.crm.complaint.web;

import java.time.Instant;
import java.util.List;

record DrillResponse(String id, String playbookId, String playbookName, String scenario, Instant heldAt,
                     List<String> participants, String findings, int durationMinutes, Instant recordedAt,
                     String recordedBy) {
}
