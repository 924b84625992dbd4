package dev.crm.core.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The last number handed out for one prefix and year; {@code id} is e.g. {@code C-2026}. */
@Document("sequences")
public record SequenceCounter(@Id String id, long value) {
}
