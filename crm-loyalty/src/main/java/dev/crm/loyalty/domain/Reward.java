package dev.crm.loyalty.domain;

import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.time.Instant;
import java.util.Locale;
import lombok.Getter;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A reward in the redemption catalogue. Its {@code stock} is only ever lowered or raised by one
 * atomic conditional update ({@code stock >= 1} → {@code -1}, see the reward stock in persistence),
 * never by reading and saving it, so concurrent redemptions cannot oversell; those updates also
 * bump the version, so an administrator's stale edit is refused (409).
 */
@Getter
@Document("loyalty_rewards")
public class Reward {

    @Id
    private final String code;
    private RewardTerms terms;
    /** Units left (null: unlimited). */
    private Long stock;
    private final Instant createdAt;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private Long version;

    @PersistenceCreator
    Reward(String code, RewardTerms terms, Long stock, Instant createdAt, Instant updatedAt, String updatedBy,
           Long version) {
        this.code = code;
        this.terms = terms;
        this.stock = stock;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.version = version;
    }

    public static Reward offer(String code, RewardTerms terms, String by, Instant at) {
        String normalised = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
        if (normalised == null || !MembershipLevel.CODE.matcher(normalised).matches()) {
            throw new InvalidInputException(java.util.List.of(new FieldViolation("code",
                    "must be 1-32 letters, digits or '_', starting with a letter")));
        }
        RewardTerms checked = terms.checked();
        return new Reward(normalised, checked, checked.stock(), at, at, by, null);
    }

    /** New terms; the stock given replaces what is left. */
    public void revise(RewardTerms terms, Long expectedVersion, String by, Instant at) {
        this.terms = terms.checked();
        this.stock = this.terms.stock();
        this.updatedAt = at;
        this.updatedBy = by;
        if (expectedVersion != null) {
            this.version = expectedVersion;
        }
    }

    public boolean isUnlimited() {
        return stock == null;
    }
}
