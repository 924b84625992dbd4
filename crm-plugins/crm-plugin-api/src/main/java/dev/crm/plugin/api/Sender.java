package dev.crm.plugin.api;

import java.util.Objects;

/**
 * Who sent an inbound message, as far as the channel knows them. The host matches the address to a
 * customer; an unknown sender still gets a complaint, attributed to the address.
 *
 * @param kind    what kind of address {@code address} is
 * @param address the address itself; not blank
 * @param name    the display name the channel knows, or {@code null} (a blank name counts as none)
 */
public record Sender(Kind kind, String address, String name) {

    /** The kinds of address the host can match to a customer. */
    public enum Kind {
        /** An e-mail address, e.g. {@code li.wei@example.com}. */
        EMAIL,
        /** A phone number, preferably in E.164, e.g. {@code +8613812345678}. */
        PHONE,
        /** A per-application user id such as a WeChat, Alipay or QQ openid. */
        OPENID,
        /** Any other id the customer has at the provider (a web chat visitor id, a social media handle). */
        EXTERNAL_ID
    }

    public Sender {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(address, "address");
        if (address.isBlank()) {
            throw new IllegalArgumentException("sender address must not be blank");
        }
        name = name == null || name.isBlank() ? null : name;
    }
}
