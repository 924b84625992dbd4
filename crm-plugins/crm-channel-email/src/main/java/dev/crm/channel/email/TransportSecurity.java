package dev.crm.channel.email;

import dev.crm.plugin.api.ChannelContext;
import java.util.Locale;

/** How a connection to the mail server is protected: the {@code smtp-security} and {@code imap-security} settings. */
enum TransportSecurity {
    /** Plain text; for a relay on a trusted network only. */
    NONE,
    /** Plain connection upgraded with STARTTLS, which is then required (no silent fallback to plain text). */
    STARTTLS,
    /** TLS from the first byte (SMTPS on 465, IMAPS on 993). */
    SSL;

    static TransportSecurity fromSetting(ChannelContext context, String key, TransportSecurity fallback) {
        return context.optionalSetting(key).map(value -> {
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("channel " + context.channelInstanceId() + " has an invalid setting '"
                        + key + "': expected none, starttls or ssl");
            }
        }).orElse(fallback);
    }

    int defaultPort(String protocol) {
        if (protocol.equals("smtp")) {
            return switch (this) {
                case NONE -> 25;
                case STARTTLS -> 587;
                case SSL -> 465;
            };
        }
        return this == SSL ? 993 : 143;
    }
}
