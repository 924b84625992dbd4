package dev.crm.complaint.domain.crisis;

import java.time.Instant;

/**
 * A communication about the crisis (a statement, a call-out, a post), as recorded when it was made.
 * One to the {@link Audience#CUSTOMERS} is also delivered to each customer of the crisis's
 * complaints on their own channel: {@code recipients} and {@code deliveredAt} say when that was
 * handed to the outbox (null until then).
 *
 * @param sequence 1, 2, … in the crisis (null on communications recorded before it was kept)
 */
public record CrisisCommunication(Integer sequence, String channel, Audience audience, String message, Instant at,
                                  String by, Integer recipients, Instant deliveredAt) {

    /** To the customers, and not yet handed to the outbox. */
    public boolean awaitsDelivery() {
        return audience == Audience.CUSTOMERS && deliveredAt == null && sequence != null;
    }

    CrisisCommunication delivered(int count, Instant when) {
        return new CrisisCommunication(sequence, channel, audience, message, at, by, count, when);
    }
}
