package dev.crm.core.api;

/** One rejected input field: its JSON path (e.g. {@code contacts[0].email}) and why. */
public record FieldViolation(String field, String message) {
}
