package dev.crm.channel.webhook;

import dev.crm.plugin.api.ChannelContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;

/**
 * One channel instance's outbound settings, checked. Read on every send, so a changed setting
 * takes effect with the next message.
 *
 * @param targetUrl     where webhooks are posted; may carry a token in its query, so never shown
 * @param signingSecret the key of {@code Webhook-Signature}
 * @param timeout       the most one send waits, connecting included
 */
record WebhookSettings(URI targetUrl, String signingSecret, Duration timeout) {

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /**
     * @throws IllegalArgumentException or {@link IllegalStateException} naming the faulty setting,
     *         never its value
     */
    static WebhookSettings from(ChannelContext context) {
        return new WebhookSettings(httpUrl(context.setting("target-url")), context.setting("signing-secret"),
                Duration.ofMillis(positive(context, "timeout-ms", DEFAULT_TIMEOUT.toMillis())));
    }

    /** A whole number above zero, or {@code fallback} when the setting is absent. */
    static long positive(ChannelContext context, String key, long fallback) {
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

    private static URI httpUrl(String value) {
        URI uri;
        try {
            uri = new URI(value.trim());
        } catch (URISyntaxException e) {
            // The exception quotes the URL, which may hold a token.
            throw new IllegalArgumentException("target-url is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("target-url must be an absolute http or https URL");
        }
        return uri;
    }

    @Override
    public String toString() {
        return "WebhookSettings[timeout " + timeout.toMillis() + " ms]";
    }
}
