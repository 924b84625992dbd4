package dev.crm.plugin.api;

/**
 * Thrown by {@link ChannelAdapter#receive} when a request must not be accepted: a bad signature or
 * token ({@link Reason#UNAUTHENTIC}, the host answers 401) or a body the channel cannot parse
 * ({@link Reason#MALFORMED}, 400). Nothing of a rejected request is stored.
 */
public class InboundRejectedException extends Exception {

    public enum Reason { UNAUTHENTIC, MALFORMED, NOT_SUPPORTED }

    private final Reason reason;

    public InboundRejectedException(Reason reason, String message) {
        super(message);
        this.reason = java.util.Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
