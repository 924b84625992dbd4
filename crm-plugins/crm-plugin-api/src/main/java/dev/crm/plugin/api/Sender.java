package dev.crm.plugin.api;

/**
 * Who sent an inbound message, as the channel knows them; the host matches it to a customer.
 *
 * @param kind    which kind of address {@code address} is
 * @param address the e-mail address, phone number, openid or external id
 * @param name    display name if the channel knows one, else {@code null}
 */
public record Sender(Kind kind, String address, String name) {

    public enum Kind { EMAIL, PHONE, WECHAT_OPENID, EXTERNAL_ID }

    public Sender {
        java.util.Objects.requireNonNull(kind, "kind");
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("sender address must not be blank");
        }
    }
}
