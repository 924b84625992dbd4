package dev.crm.complaint.domain;

import dev.crm.core.api.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The permitted uses of archived complaints (001 §4.4; 003 ch. 5): every access states one, and it
 * is written to the audit log with the access.
 */
public enum ArchivePurpose {
    AUDIT, SATISFACTION_ANALYSIS, PROCESS_IMPROVEMENT, LEGAL_COMPLIANCE;

    /** @throws InvalidInputException naming {@code purpose} when missing or not one of these */
    public static ArchivePurpose parse(String value) {
        String allowed = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("purpose", "is required to read archived complaints: one of " + allowed);
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("purpose", "must be one of " + allowed);
        }
    }
}
