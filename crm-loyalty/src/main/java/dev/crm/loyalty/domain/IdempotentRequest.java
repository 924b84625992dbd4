package dev.crm.loyalty.domain;

import java.time.Instant;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A request made under an {@code Idempotency-Key}: its fingerprint and, once done, its answer (status,
 * content type, body), so a retry gets exactly the first answer on any node, after any restart.
 * {@code id} is a hash of the scope (the account) and the key; {@code owner} is the token of the run
 * that may complete it.
 */
@Document("loyalty_idempotency")
public record IdempotentRequest(String id, String scope, String key, String fingerprint, String owner,
                                Instant startedAt, Integer status, String contentType, String body,
                                Instant completedAt) {

    public boolean completed() {
        return status != null;
    }
}
