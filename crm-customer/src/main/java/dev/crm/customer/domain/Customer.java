package dev.crm.customer.domain;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.EmailAddress;
import dev.crm.core.api.PhoneNumber;
import dev.crm.customer.api.AgeBand;
import dev.crm.customer.api.CityTier;
import dev.crm.customer.api.ContactChannel;
import dev.crm.customer.api.Gender;
import dev.crm.customer.api.IncomeBand;
import dev.crm.customer.api.RiskFlag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import lombok.Getter;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A customer: the editable profile (flattened, so contacts carry their unique indexes), plus
 * the value snapshot the scoring run maintains. Contacts that identify a person (e-mail,
 * phone, WeChat openid, external reference) are unique across customers, so channel intake
 * and order import can tell who is meant.
 */
@Getter
@Document("customers")
public class Customer {

    /** The stored fields a profile revision replaces; the value snapshot is not among them. */
    public static final List<String> PROFILE_FIELDS = List.of("displayName", "searchName", "legalName", "email",
            "phone", "wechatOpenId", "externalRef", "consents", "preferredChannel", "region", "cityTier", "industry",
            "ageBand", "gender", "incomeBand", "riskFlags", "tags", "erasedAt", "updatedAt", "updatedBy");

    @Id
    private final String id;
    private String displayName;
    /** Lower-cased display name: the embedded store has no text index, so search is a regex on this. */
    @Indexed
    private String searchName;
    private String legalName;
    @Indexed(unique = true, sparse = true)
    private EmailAddress email;
    @Indexed(unique = true, sparse = true)
    private PhoneNumber phone;
    @Indexed(unique = true, sparse = true)
    private String wechatOpenId;
    @Indexed(unique = true, sparse = true)
    private String externalRef;
    private Set<ContactChannel> consents;
    private ContactChannel preferredChannel;
    private String region;
    private CityTier cityTier;
    private String industry;
    private AgeBand ageBand;
    private Gender gender;
    private IncomeBand incomeBand;
    private Set<RiskFlag> riskFlags;
    private Set<String> tags;
    private final CustomerValue value;
    private Instant erasedAt;
    private final Instant createdAt;
    private final String createdBy;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private Long version;

    @PersistenceCreator
    Customer(String id, String displayName, String searchName, String legalName, EmailAddress email,
             PhoneNumber phone, String wechatOpenId, String externalRef, Set<ContactChannel> consents,
             ContactChannel preferredChannel, String region, CityTier cityTier, String industry, AgeBand ageBand,
             Gender gender, IncomeBand incomeBand, Set<RiskFlag> riskFlags, Set<String> tags, CustomerValue value,
             Instant erasedAt, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
             Long version) {
        this.id = id;
        this.displayName = displayName;
        this.searchName = searchName;
        this.legalName = legalName;
        this.email = email;
        this.phone = phone;
        this.wechatOpenId = wechatOpenId;
        this.externalRef = externalRef;
        this.consents = consents == null ? Set.of() : Set.copyOf(consents);
        this.preferredChannel = preferredChannel;
        this.region = region;
        this.cityTier = cityTier;
        this.industry = industry;
        this.ageBand = ageBand;
        this.gender = gender;
        this.incomeBand = incomeBand;
        this.riskFlags = riskFlags == null ? Set.of() : Set.copyOf(riskFlags);
        this.tags = tags == null ? Set.of() : Set.copyOf(tags);
        this.value = value;
        this.erasedAt = erasedAt;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.version = version;
    }

    /** A new customer from a profile that is checked and normalised here. */
    public static Customer register(CustomerProfile profile, String by, Instant at) {
        Customer customer = new Customer(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, at, by, at, by, null);
        customer.apply(profile.normalised());
        return customer;
    }

    /** Replaces the editable profile; the value snapshot and the history stay. */
    public void revise(CustomerProfile profile, String by, Instant at) {
        if (erasedAt != null) {
            throw new BusinessRuleViolationException(
                    "the customer's personal data was erased; register a new customer instead");
        }
        apply(profile.normalised());
        updatedAt = at;
        updatedBy = by;
    }

    /**
     * The right to erasure: personal data goes, the record stays so orders, complaints and
     * loyalty entries keep pointing at something and the statistics stay whole.
     */
    public void erase(String by, Instant at) {
        if (erasedAt != null) {
            return;
        }
        apply(new CustomerProfile("Erased customer", null, null, null, null, null, Set.of(), null, null, null, null,
                null, null, null, Set.of(), Set.of()));
        erasedAt = at;
        updatedAt = at;
        updatedBy = by;
    }

    private void apply(CustomerProfile profile) {
        displayName = profile.displayName();
        searchName = searchable(profile.displayName());
        legalName = profile.legalName();
        email = profile.email();
        phone = profile.phone();
        wechatOpenId = profile.wechatOpenId();
        externalRef = profile.externalRef();
        consents = profile.consents();
        preferredChannel = profile.preferredChannel();
        region = profile.region();
        cityTier = profile.cityTier();
        industry = profile.industry();
        ageBand = profile.ageBand();
        gender = profile.gender();
        incomeBand = profile.incomeBand();
        riskFlags = profile.riskFlags();
        tags = profile.tags();
    }

    public CustomerProfile profile() {
        return new CustomerProfile(displayName, legalName, email, phone, wechatOpenId, externalRef, consents,
                preferredChannel, region, cityTier, industry, ageBand, gender, incomeBand, riskFlags, tags);
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public static String searchable(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
