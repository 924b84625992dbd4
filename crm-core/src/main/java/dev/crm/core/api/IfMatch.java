package dev.crm.core.api;

/**
 * Reads an {@code If-Match} header carrying a record's version as its ETag: {@code "3"} or
 * {@code W/"3"} is version 3; no header means "whatever version is current".
 */
public final class IfMatch {

    private IfMatch() {
    }

    /**
     * @return the version, or null without a header
     * @throws InvalidInputException naming {@code If-Match} when it holds no version
     */
    public static Long version(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        try {
            return Long.parseLong(value.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "must be the quoted version from the ETag, e.g. \"3\"");
        }
    }

    /** The ETag of a record at {@code version}. */
    public static String etag(Long version) {
        return "\"" + version + "\"";
    }
}
