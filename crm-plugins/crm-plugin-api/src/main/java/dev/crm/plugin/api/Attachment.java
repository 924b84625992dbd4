package dev.crm.plugin.api;

import java.util.Objects;

/**
 * What the channel knows of a file that came with an inbound message. The content stays with the
 * provider; staff open it through {@code providerReference}.
 *
 * @param fileName          the file's name as sent; not blank
 * @param contentType       its media type, e.g. {@code image/jpeg}, or {@code null} when unknown
 * @param sizeBytes         its size, or {@code 0} when the provider does not say; not negative
 * @param providerReference where the provider keeps it: a download URL or media id; may be {@code null}
 */
public record Attachment(String fileName, String contentType, long sizeBytes, String providerReference) {

    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        if (fileName.isBlank()) {
            throw new IllegalArgumentException("fileName must not be blank");
        }
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("sizeBytes must not be negative: " + sizeBytes);
        }
    }
}
