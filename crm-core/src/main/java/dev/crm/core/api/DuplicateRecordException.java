package dev.crm.core.api;

/** A record with the same unique key already exists (HTTP 409), e.g. a taken username. */
public class DuplicateRecordException extends RuntimeException {

    private final String field;

    public DuplicateRecordException(String recordType, String field, String value) {
        super("A " + recordType + " with " + field + " '" + value + "' already exists");
        this.field = field;
    }

    public String field() {
        return field;
    }
}
