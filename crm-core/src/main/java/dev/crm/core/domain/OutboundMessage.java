package dev.crm.core.domain;

import dev.crm.core.api.DeliveryAttempt;
import dev.crm.core.api.DeliveryReport;
import dev.crm.core.api.OutboundMessageDraft;
import dev.crm.core.api.OutboundMessageStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A message waiting for (or done with) delivery. Workers claim due messages by setting a lease
 * ({@code leaseOwner}, {@code leaseUntil}) with an atomic findAndModify, so with several app
 * nodes each message is attempted by one worker at a time; an expired lease is claimable again.
 * Every attempt is appended to {@code history} in the same atomic update that records its result.
 */
@Getter
@Document("outbound_messages")
@CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}")
@CompoundIndex(name = "provider_message", def = "{'channel': 1, 'providerMessageId': 1}", sparse = true)
public class OutboundMessage {

    @Id
    private final String id;
    private final String channel;
    private final String recipient;
    private final String subject;
    private final String template;
    private final String body;
    private final Map<String, String> variables;
    @Indexed(unique = true, sparse = true)
    private final String dedupeKey;
    private final String relatedRecordType;
    private final String relatedRecordId;
    private OutboundMessageStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    private String leaseOwner;
    private Instant leaseUntil;
    /** The token of the claim that took the message last; finds a worker's batch after its update. */
    @Indexed(sparse = true)
    private String claim;
    private String lastError;
    private Instant sentAt;
    private String providerMessageId;
    private List<DeliveryAttempt> history;
    private DeliveryReport report;
    private final Instant createdAt;
    @Version
    private Long version;

    @PersistenceCreator
    OutboundMessage(String id, String channel, String recipient, String subject, String template, String body,
                    Map<String, String> variables, String dedupeKey, String relatedRecordType,
                    String relatedRecordId, OutboundMessageStatus status, int attempts, Instant nextAttemptAt,
                    String leaseOwner, Instant leaseUntil, String claim, String lastError, Instant sentAt,
                    String providerMessageId, List<DeliveryAttempt> history, DeliveryReport report,
                    Instant createdAt, Long version) {
        this.id = id;
        this.channel = channel;
        this.recipient = recipient;
        this.subject = subject;
        this.template = template;
        this.body = body;
        this.variables = variables == null ? Map.of() : variables;
        this.dedupeKey = dedupeKey;
        this.relatedRecordType = relatedRecordType;
        this.relatedRecordId = relatedRecordId;
        this.status = status;
        this.attempts = attempts;
        this.nextAttemptAt = nextAttemptAt;
        this.leaseOwner = leaseOwner;
        this.leaseUntil = leaseUntil;
        this.claim = claim;
        this.lastError = lastError;
        this.sentAt = sentAt;
        this.providerMessageId = providerMessageId;
        this.history = history == null ? List.of() : history;
        this.report = report;
        this.createdAt = createdAt;
        this.version = version;
    }

    /** A new message, due immediately. */
    public static OutboundMessage pending(OutboundMessageDraft draft, Instant at) {
        return new OutboundMessage(null, draft.channel(), draft.recipient(), draft.subject(), draft.template(),
                draft.body(), draft.variables(), draft.dedupeKey(), draft.relatedRecordType(),
                draft.relatedRecordId(), OutboundMessageStatus.PENDING, 0, at, null, null, null, null, null, null, List.of(), null, at, null);
    }
}
