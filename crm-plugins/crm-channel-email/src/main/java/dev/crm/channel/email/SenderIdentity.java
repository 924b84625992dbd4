package dev.crm.channel.email;

import dev.crm.plugin.api.ChannelContext;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/**
 * Who outbound mail comes from: the {@code from-address} and {@code from-name} settings, and the
 * domain of the Message-IDs it carries ({@code message-id-domain}, by default the address's domain).
 */
record SenderIdentity(InternetAddress from, String messageIdDomain) {

    static SenderIdentity from(ChannelContext context) {
        String address = context.setting("from-address");
        InternetAddress from;
        try {
            from = new InternetAddress(address, true);
            from.validate();
        } catch (AddressException e) {
            throw invalid(context, "from-address");
        }
        String name = context.optionalSetting("from-name").orElse(null);
        if (name != null) {
            try {
                from.setPersonal(name.strip(), StandardCharsets.UTF_8.name());
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException("UTF-8 is always supported", e);
            }
        }
        String domain = context.optionalSetting("message-id-domain").map(String::strip)
                .orElse(from.getAddress().substring(from.getAddress().lastIndexOf('@') + 1));
        if (!domain.matches("[A-Za-z0-9.-]+")) {
            throw invalid(context, "message-id-domain");
        }
        return new SenderIdentity(from, domain);
    }

    private static IllegalStateException invalid(ChannelContext context, String key) {
        return new IllegalStateException("channel " + context.channelInstanceId() + " has an invalid setting '"
                + key + "'");
    }
}
