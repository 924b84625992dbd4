package dev.crm.core.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Which page of a list the caller wants. Out-of-range values are refused (400 naming
 * {@code page} or {@code size}) rather than silently clamped, so a client never believes it
 * received 500 items when it got 200.
 */
public record PageQuery(int page, int size) {

    public static final int DEFAULT_SIZE = 20;

    public PageQuery {
        List<FieldViolation> violations = new ArrayList<>();
        if (page < 0) {
            violations.add(new FieldViolation("page", "must be 0 or more"));
        }
        if (size < 1 || size > ResultPage.MAX_SIZE) {
            violations.add(new FieldViolation("size", "must be between 1 and " + ResultPage.MAX_SIZE));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    public static PageQuery of(Integer page, Integer size) {
        return new PageQuery(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public long offset() {
        return (long) page * size;
    }
}
