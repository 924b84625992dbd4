package dev.crm.customer.domain;

import dev.crm.core.api.EmailAddress;
import dev.crm.core.api.PhoneNumber;
import dev.crm.customer.api.ContactChannel;
import java.util.EnumSet;
import java.util.Set;

/** Test data builder: a valid profile with only a name, plus whatever a test sets. */
public final class CustomerProfileBuilder {

    private String displayName = "Wang Fang";
    private EmailAddress email;
    private PhoneNumber phone;
    private String wechatOpenId;
    private String externalRef;
    private Set<ContactChannel> consents = EnumSet.noneOf(ContactChannel.class);
    private ContactChannel preferredChannel;
    private String region;
    private Set<String> tags = Set.of();

    public static CustomerProfileBuilder aProfile() {
        return new CustomerProfileBuilder();
    }

    public CustomerProfileBuilder named(String name) {
        this.displayName = name;
        return this;
    }

    public CustomerProfileBuilder email(String address) {
        this.email = new EmailAddress(address);
        return this;
    }

    public CustomerProfileBuilder phone(String number) {
        this.phone = new PhoneNumber(number);
        return this;
    }

    public CustomerProfileBuilder wechatOpenId(String openId) {
        this.wechatOpenId = openId;
        return this;
    }

    public CustomerProfileBuilder externalRef(String ref) {
        this.externalRef = ref;
        return this;
    }

    public CustomerProfileBuilder consentsTo(ContactChannel... channels) {
        this.consents = channels.length == 0 ? EnumSet.noneOf(ContactChannel.class) : EnumSet.of(channels[0], channels);
        return this;
    }

    public CustomerProfileBuilder prefers(ContactChannel channel) {
        this.preferredChannel = channel;
        return this;
    }

    public CustomerProfileBuilder region(String region) {
        this.region = region;
        return this;
    }

    public CustomerProfileBuilder tags(Set<String> tags) {
        this.tags = tags;
        return this;
    }

    public CustomerProfile build() {
        return new CustomerProfile(displayName, null, email, phone, wechatOpenId, externalRef, consents,
                preferredChannel, region, null, null, null, null, null, Set.of(), tags);
    }
}
