package dev.crm.customer.domain;

import dev.crm.core.api.EmailAddress;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.PhoneNumber;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import lombok.Getter;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A customer profile. Contacts that identify a person (e-mail, phone, external reference) are
 * unique across customers, so channel intake can tell who wrote.
 */
@Getter
@Document("customers")
public class Customer {

    public static final int MAX_TAGS = 30;

    @Id
    private final String id;
    private String displayName;
    /** Lower-cased display name: the embedded store has no text index, so search is a regex on this. */
    @Indexed
    private String searchName;
    @Indexed(unique = true, sparse = true)
    private EmailAddress email;
    @Indexed(unique = true, sparse = true)
    private PhoneNumber phone;
    @Indexed(unique = true, sparse = true)
    private String externalRef;
    private String region;
    private Set<String> tags;
    private final Instant createdAt;
    private final String createdBy;
    @Version
    private Long version;

    @PersistenceCreator
    Customer(String id, String displayName, String searchName, EmailAddress email, PhoneNumber phone,
             String externalRef, String region, Set<String> tags, Instant createdAt, String createdBy, Long version) {
        this.id = id;
        this.displayName = displayName;
        this.searchName = searchName;
        this.email = email;
        this.phone = phone;
        this.externalRef = externalRef;
        this.region = region;
        this.tags = tags == null ? new TreeSet<>() : new TreeSet<>(tags);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.version = version;
    }

    /** A new customer; tags are trimmed and lower-cased so "VIP" and "vip " are one tag. */
    public static Customer register(String displayName, EmailAddress email, PhoneNumber phone, String externalRef,
                                    String region, Set<String> tags, String by, Instant at) {
        if (displayName == null || displayName.isBlank()) {
            throw new InvalidInputException("displayName", "must not be blank");
        }
        Set<String> normalisedTags = new TreeSet<>();
        if (tags != null) {
            tags.stream().filter(Objects::nonNull).map(String::strip).filter(tag -> !tag.isEmpty())
                    .map(tag -> tag.toLowerCase(Locale.ROOT)).forEach(normalisedTags::add);
        }
        if (normalisedTags.size() > MAX_TAGS) {
            throw new InvalidInputException("tags", "at most " + MAX_TAGS + " tags");
        }
        String name = displayName.strip();
        return new Customer(null, name, searchable(name), email, phone, blankToNull(externalRef),
                blankToNull(region), normalisedTags, at, by, null);
    }

    public static String searchable(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    public Set<String> getTags() {
        return Set.copyOf(tags);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
