package dev.crm.channel.email;

import dev.crm.plugin.api.ChannelContext;
import java.time.Duration;
import java.util.Properties;

/**
 * Where and how to connect to the SMTP or IMAP server, read from the {@code smtp-*} or
 * {@code imap-*} settings.
 *
 * @param protocol  {@code smtp} or {@code imap}, also the prefix of the setting keys
 * @param username  the login, or {@code null} for an SMTP relay that takes mail without one
 * @param password  the login's password, or {@code null} without a login
 */
record MailServer(String protocol, String host, int port, TransportSecurity security, String username,
                  String password, Duration timeout) {

    static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(10_000);

    /** The SMTP server; a login is optional, since internal relays often take mail without one. */
    static MailServer smtp(ChannelContext context) {
        String username = context.optionalSetting("smtp-username").orElse(null);
        String password = username == null ? null : context.setting("smtp-password");
        return read(context, "smtp", TransportSecurity.STARTTLS, username, password);
    }

    /** The IMAP server; a mailbox cannot be opened without a login. */
    static MailServer imap(ChannelContext context) {
        return read(context, "imap", TransportSecurity.SSL, context.setting("imap-username"),
                context.setting("imap-password"));
    }

    private static MailServer read(ChannelContext context, String protocol, TransportSecurity defaultSecurity,
                                   String username, String password) {
        String host = context.setting(protocol + "-host");
        TransportSecurity security = TransportSecurity.fromSetting(context, protocol + "-security", defaultSecurity);
        int port = context.optionalSetting(protocol + "-port")
                .map(value -> number(context, protocol + "-port", value, 65_535))
                .orElse(security.defaultPort(protocol));
        Duration timeout = context.optionalSetting("timeout-ms")
                .map(value -> Duration.ofMillis(number(context, "timeout-ms", value, Integer.MAX_VALUE)))
                .orElse(DEFAULT_TIMEOUT);
        return new MailServer(protocol, host, port, security, username, password, timeout);
    }

    private static int number(ChannelContext context, String key, String value, int max) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 1 && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, without echoing the value
        }
        throw new IllegalStateException("channel " + context.channelInstanceId() + " has an invalid setting '" + key
                + "': expected a whole number from 1 to " + max);
    }

    boolean logsIn() {
        return username != null;
    }

    /** Jakarta Mail session properties for this server; credentials are passed to connect(), not stored here. */
    Properties sessionProperties() {
        String prefix = "mail." + protocol + ".";
        Properties properties = new Properties();
        properties.setProperty(prefix + "host", host);
        properties.setProperty(prefix + "port", Integer.toString(port));
        String millis = Long.toString(timeout.toMillis());
        properties.setProperty(prefix + "connectiontimeout", millis);
        properties.setProperty(prefix + "timeout", millis);
        properties.setProperty(prefix + "writetimeout", millis);
        if (protocol.equals("smtp")) {
            properties.setProperty(prefix + "auth", Boolean.toString(logsIn()));
        }
        switch (security) {
            case SSL -> properties.setProperty(prefix + "ssl.enable", "true");
            case STARTTLS -> {
                properties.setProperty(prefix + "starttls.enable", "true");
                properties.setProperty(prefix + "starttls.required", "true");
            }
            case NONE -> {
            }
        }
        if (security != TransportSecurity.NONE) {
            properties.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        return properties;
    }

    // A record's generated toString would print the password.
    @Override
    public String toString() {
        return "MailServer[" + protocol + "://" + host + ":" + port + ", " + security + "]";
    }
}
