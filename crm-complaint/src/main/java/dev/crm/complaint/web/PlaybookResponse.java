package dev.crm.complaint.web;

import dev.crm.complaint.domain.crisis.CrisisType;
import java.time.Instant;
import java.util.List;

record PlaybookResponse(String id, String name, CrisisType crisisType, String description, List<StepResponse> steps,
                        Instant createdAt, String createdBy, Instant changedAt, String changedBy, Long version) {

    record StepResponse(String title, String responsibleRole, Integer targetMinutes) {
    }
}
