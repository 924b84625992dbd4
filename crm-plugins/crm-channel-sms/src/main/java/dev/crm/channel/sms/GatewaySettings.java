package dev.crm.channel.sms;

import dev.crm.plugin.api.ChannelContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JsonPointer;

/**
 * One channel instance's outbound settings, checked. Read on every send, so a changed setting
 * takes effect with the next message.
 *
 * @param gatewayUrl     where messages are posted; may carry an API key in its query, so never shown
 * @param auth           how requests are authenticated
 * @param senderId       the {@code {{from}}} value; empty when not configured
 * @param bodyTemplate   the request body
 * @param messageIdField where the gateway's id for the message is in its answer
 * @param timeout        the most one send waits, connecting included
 * @param maxLength      the longest text sent, in UTF-16 units (as gateways count UCS-2 SMS)
 * @param secrets        setting values to cut out of anything the gateway echoes
 */
record GatewaySettings(URI gatewayUrl, GatewayAuth auth, String senderId, BodyTemplate bodyTemplate,
                       JsonPointer messageIdField, Duration timeout, int maxLength, List<String> secrets) {

    static final int DEFAULT_MAX_LENGTH = 670;
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /**
     * @throws IllegalArgumentException or {@link IllegalStateException} naming the faulty setting,
     *         never its value
     */
    static GatewaySettings from(ChannelContext context) {
        GatewayAuth auth = GatewayAuth.from(context);
        URI gatewayUrl = httpUrl(context.setting("gateway-url"));
        List<String> secrets = new ArrayList<>(auth.secrets());
        context.optionalSetting("inbound-secret").ifPresent(secrets::add);
        // Gateways that take the key in the query echo it in errors as readily as a header.
        if (gatewayUrl.getRawQuery() != null) {
            for (String parameter : gatewayUrl.getRawQuery().split("&")) {
                String value = parameter.substring(parameter.indexOf('=') + 1);
                secrets.add(value);
                try {
                    secrets.add(URLDecoder.decode(value, StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    // A malformed escape: the raw value is covered, and the JDK's message quotes it.
                }
            }
        }
        return new GatewaySettings(
                gatewayUrl,
                auth,
                context.optionalSetting("sender-id").orElse(""),
                new BodyTemplate(context.optionalSetting("body-template").orElse(BodyTemplate.DEFAULT)),
                pointer(context.optionalSetting("message-id-field").orElse("/id")),
                Duration.ofMillis(positive(context, "timeout-ms", DEFAULT_TIMEOUT.toMillis())),
                Math.toIntExact(positive(context, "max-length", DEFAULT_MAX_LENGTH)),
                List.copyOf(secrets));
    }

    private static URI httpUrl(String value) {
        URI uri;
        try {
            uri = new URI(value.trim());
        } catch (URISyntaxException e) {
            // The exception quotes the URL, which may hold an API key.
            throw new IllegalArgumentException("gateway-url is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("gateway-url must be an absolute http or https URL");
        }
        return uri;
    }

    private static JsonPointer pointer(String value) {
        try {
            return JsonPointer.compile(value.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("message-id-field must be a JSON pointer such as /id or /data/messageId");
        }
    }

    private static long positive(ChannelContext context, String key, long fallback) {
        String value = context.optionalSetting(key).orElse(null);
        if (value == null) {
            return fallback;
        }
        try {
            long number = Long.parseLong(value.trim());
            if (number > 0 && number <= Integer.MAX_VALUE) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(key + " must be a positive whole number");
    }

    // The URL may carry a key and the auth its credentials: keep both out of any log line.
    @Override
    public String toString() {
        return "GatewaySettings[" + auth + ", timeout " + timeout.toMillis() + " ms, max-length " + maxLength + "]";
    }
}
