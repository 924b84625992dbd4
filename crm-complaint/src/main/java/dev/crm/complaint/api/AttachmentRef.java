package dev.crm.complaint.api;

/**
 * Metadata of a file that came with a complaint (a photo, a receipt); the content stays in the
 * channel or document store that {@code storageReference} points to.
 */
public record AttachmentRef(String fileName, String contentType, long sizeBytes, String storageReference) {
}
