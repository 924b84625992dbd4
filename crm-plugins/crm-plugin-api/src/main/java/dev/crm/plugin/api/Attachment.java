package dev.crm.plugin.api;

/** Metadata of a file that came with an inbound message; the content stays with the provider. */
public record Attachment(String fileName, String contentType, long sizeBytes, String providerReference) {

    public Attachment {
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("fileName must not be blank");
        }
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("sizeBytes must not be negative");
        }
    }
}
