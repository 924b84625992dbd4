package dev.crm.core.api;

import java.util.Objects;

/**
 * A request refused as a whole rather than field by field: it could not be verified, its body is
 * unreadable or too large, or what it needs is unavailable for now. Becomes a problem response
 * with the status of its {@link Reason}.
 */
public class RequestRefusedException extends RuntimeException {

    /** Why, which decides the HTTP status. */
    public enum Reason {
        /** 401: the caller's signature, token or secret did not verify. */
        UNAUTHENTIC,
        /** 400: the body cannot be understood. */
        MALFORMED,
        /** 413: the body is larger than allowed. */
        TOO_LARGE,
        /** 503: a component the request needs failed or timed out; trying again later may work. */
        UNAVAILABLE
    }

    private final Reason reason;

    public RequestRefusedException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
