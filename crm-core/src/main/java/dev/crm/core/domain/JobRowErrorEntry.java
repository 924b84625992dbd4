package dev.crm.core.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** One row error of a job, kept apart from the job so a file full of bad rows cannot outgrow a document. */
@Document("job_errors")
@CompoundIndex(name = "job_line", def = "{'jobId': 1, 'line': 1}")
public record JobRowErrorEntry(@Id String id, String jobId, long line, String field, String reason) {
}
