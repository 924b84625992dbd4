package dev.crm.core.api;

import java.util.Optional;

/**
 * The durable outbox: a message enqueued here is stored before this call returns and is
 * delivered later by a worker with retries, so a notification is never lost to a channel outage.
 */
public interface Outbox {

    /** Stores the message (or finds the one already stored under the same dedupe key). */
    OutboundMessageView enqueue(OutboundMessageDraft draft);

    Optional<OutboundMessageView> find(String id);
}
