package dev.crm.plugin.api;

import java.util.Objects;

/**
 * Thrown by {@link ChannelAdapter#receive} when a request must not be accepted. Nothing of a rejected
 * request is stored. The host answers the caller with a status that depends on the {@link Reason}
 * and logs the message; the caller does not see it, so it may be specific, but never put settings
 * or secrets in it.
 */
public class InboundRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a request was rejected, which decides the HTTP status the host answers with. */
    public enum Reason {
        /** Missing or wrong signature, token or shared secret, or a replayed request: 401. */
        UNAUTHENTIC,
        /** Authentic, but the body or parameters cannot be understood: 400. */
        MALFORMED,
        /** The channel does not take inbound requests at all: 404. */
        NOT_SUPPORTED
    }

    private final Reason reason;

    public InboundRejectedException(Reason reason, String message) {
        this(reason, message, null);
    }

    /** With the exception that made the request unreadable, e.g. a parser's. */
    public InboundRejectedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public static InboundRejectedException unauthentic(String message) {
        return new InboundRejectedException(Reason.UNAUTHENTIC, message);
    }

    public static InboundRejectedException malformed(String message) {
        return new InboundRejectedException(Reason.MALFORMED, message);
    }

    public static InboundRejectedException malformed(String message, Throwable cause) {
        return new InboundRejectedException(Reason.MALFORMED, message, cause);
    }

    public static InboundRejectedException notSupported(String message) {
        return new InboundRejectedException(Reason.NOT_SUPPORTED, message);
    }

    public Reason reason() {
        return reason;
    }
}
