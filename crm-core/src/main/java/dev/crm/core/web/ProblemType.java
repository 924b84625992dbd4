package dev.crm.core.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * The stable problem {@code type} URIs of RFC 9457 responses. Clients switch on these, so a slug
 * never changes meaning once published.
 */
public enum ProblemType {
    INVALID_REQUEST("invalid-request", HttpStatus.BAD_REQUEST, "The request is invalid"),
    MALFORMED_BODY("malformed-body", HttpStatus.BAD_REQUEST, "The request body cannot be read"),
    MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST, "The request URL or headers cannot be read"),
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED, "Authentication is required"),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Not allowed for your role"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "No such record"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "No acceptable representation"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    DUPLICATE("duplicate", HttpStatus.CONFLICT, "The record already exists"),
    CONCURRENT_MODIFICATION("concurrent-modification", HttpStatus.CONFLICT,
            "The record was changed by someone else; reload and retry"),
    ILLEGAL_TRANSITION("illegal-transition", HttpStatus.CONFLICT, "Not allowed in the record's current state"),
    BUSINESS_RULE("business-rule-violated", HttpStatus.UNPROCESSABLE_CONTENT, "A business rule refuses the request"),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.PAYLOAD_TOO_LARGE, "The request is too large"),
    TOO_MANY_SIGN_INS("too-many-sign-ins", HttpStatus.TOO_MANY_REQUESTS,
            "Too many failed sign-ins; wait before trying again"),
    UNAVAILABLE("unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Temporarily unavailable; try again later"),
    INTERNAL("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

    private static final String PREFIX = "urn:crm:problem:";

    private final URI uri;
    private final HttpStatus status;
    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.uri = URI.create(PREFIX + slug);
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return uri;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }
}
