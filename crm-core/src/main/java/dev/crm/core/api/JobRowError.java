package dev.crm.core.api;

/** Why one input row was not taken: its line number (1 = the header), the field, the reason. */
public record JobRowError(long line, String field, String reason) {
}
