package dev.crm.core.api;

/** The record the caller named does not exist (HTTP 404). */
public class RecordNotFoundException extends RuntimeException {

    private final String recordType;
    private final String recordId;

    public RecordNotFoundException(String recordType, String recordId) {
        super(recordType + " '" + recordId + "' does not exist");
        this.recordType = recordType;
        this.recordId = recordId;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }
}
