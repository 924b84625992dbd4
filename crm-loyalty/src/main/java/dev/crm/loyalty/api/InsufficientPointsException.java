package dev.crm.loyalty.api;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.FieldViolation;
import java.util.List;

/** A debit larger than the points that can be spent now (HTTP 422 with {@code available}). */
public class InsufficientPointsException extends BusinessRuleViolationException {

    private final long available;
    private final long requested;

    public InsufficientPointsException(long available, long requested) {
        super("Only " + available + " points are available, " + requested + " were asked for",
                List.of(new FieldViolation("points", "exceeds the available " + available + " points")));
        this.available = available;
        this.requested = requested;
    }

    public long available() {
        return available;
    }

    public long requested() {
        return requested;
    }
}
