package dev.crm.customer.domain;

import dev.crm.core.api.EmailAddress;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.PhoneNumber;
import dev.crm.customer.api.AgeBand;
import dev.crm.customer.api.CityTier;
import dev.crm.customer.api.ContactChannel;
import dev.crm.customer.api.Gender;
import dev.crm.customer.api.IncomeBand;
import dev.crm.customer.api.RiskFlag;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything staff may edit about a customer (DOMAIN §2, 004 §2.1–2.2). {@link #normalised()}
 * trims, lower-cases tags and checks the rules that span fields: a preferred channel must be
 * consented to and reachable.
 */
public record CustomerProfile(String displayName, String legalName, EmailAddress email, PhoneNumber phone,
                              String wechatOpenId, String externalRef, Set<ContactChannel> consents,
                              ContactChannel preferredChannel, String region, CityTier cityTier, String industry,
                              AgeBand ageBand, Gender gender, IncomeBand incomeBand, Set<RiskFlag> riskFlags,
                              Set<String> tags) {

    public static final int MAX_TAGS = 30;

    /** Only a display name: what an order import knows about a customer it has not seen before. */
    public static CustomerProfile named(String displayName, String externalRef) {
        return new CustomerProfile(displayName, null, null, null, null, externalRef, Set.of(), null, null, null, null,
                null, null, null, Set.of(), Set.of());
    }

    public CustomerProfile normalised() {
        List<FieldViolation> violations = new ArrayList<>();
        if (displayName == null || displayName.isBlank()) {
            violations.add(new FieldViolation("displayName", "must not be blank"));
        }
        Set<String> normalisedTags = new TreeSet<>();
        if (tags != null) {
            tags.stream().filter(Objects::nonNull).map(String::strip).filter(tag -> !tag.isEmpty())
                    .map(tag -> tag.toLowerCase(Locale.ROOT)).forEach(normalisedTags::add);
        }
        if (normalisedTags.size() > MAX_TAGS) {
            violations.add(new FieldViolation("tags", "at most " + MAX_TAGS + " tags"));
        }
        Set<ContactChannel> consented = consents == null || consents.isEmpty()
                ? EnumSet.noneOf(ContactChannel.class) : EnumSet.copyOf(consents);
        String openId = blankToNull(wechatOpenId);
        if (preferredChannel != null) {
            if (!consented.contains(preferredChannel)) {
                violations.add(new FieldViolation("preferredChannel", "the customer has not consented to "
                        + preferredChannel));
            } else if (!reachable(preferredChannel, email, phone, openId)) {
                violations.add(new FieldViolation("preferredChannel", "no " + contactNeeded(preferredChannel)
                        + " on file for " + preferredChannel));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new CustomerProfile(displayName.strip(), blankToNull(legalName), email, phone, openId,
                blankToNull(externalRef), Set.copyOf(consented), preferredChannel, blankToNull(region), cityTier,
                blankToNull(industry), ageBand, gender, incomeBand,
                riskFlags == null ? Set.of() : Set.copyOf(riskFlags), Set.copyOf(normalisedTags));
    }

    private static boolean reachable(ContactChannel channel, EmailAddress email, PhoneNumber phone, String openId) {
        return switch (channel) {
            case EMAIL -> email != null;
            case SMS, PHONE -> phone != null;
            case WECHAT -> openId != null;
            case POST -> true;
        };
    }

    private static String contactNeeded(ContactChannel channel) {
        return switch (channel) {
            case EMAIL -> "e-mail address";
            case SMS, PHONE -> "phone number";
            case WECHAT -> "WeChat openid";
            case POST -> "address";
        };
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
