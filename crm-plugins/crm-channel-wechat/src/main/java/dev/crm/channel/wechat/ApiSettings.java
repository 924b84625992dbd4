package dev.crm.channel.wechat;

import dev.crm.plugin.api.ChannelContext;
import java.net.URI;
import java.time.Duration;

/**
 * What calling the WeChat API needs: the app credentials, where the API is and how long to wait.
 *
 * @param appId      the official account's AppID
 * @param appSecret  its AppSecret; never shown, see {@link #toString()}
 * @param apiBaseUrl the API's root without a trailing slash, normally {@code https://api.weixin.qq.com}
 * @param timeout    the longest one API call may take
 */
record ApiSettings(String appId, String appSecret, String apiBaseUrl, Duration timeout) {

    static final String APP_ID = "app-id";
    static final String APP_SECRET = "app-secret";
    static final String API_BASE_URL = "api-base-url";
    static final String TIMEOUT_MS = "timeout-ms";

    static final String DEFAULT_API_BASE_URL = "https://api.weixin.qq.com";
    static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(10_000);

    /**
     * @throws IllegalStateException naming the key (never the value) of a missing or unusable setting
     */
    static ApiSettings of(ChannelContext context) {
        return new ApiSettings(context.setting(APP_ID), context.setting(APP_SECRET), baseUrl(context),
                timeout(context));
    }

    /** Tokens are cached per app and API, so a changed app-id or api-base-url does not reuse an old one. */
    String tokenIssuer() {
        return appId + "@" + apiBaseUrl;
    }

    @Override
    public String toString() {
        return "ApiSettings[appId=" + appId + ", apiBaseUrl=" + apiBaseUrl + ", timeout=" + timeout + "]";
    }

    private static String baseUrl(ChannelContext context) {
        String value = context.optionalSetting(API_BASE_URL).orElse(DEFAULT_API_BASE_URL).strip();
        try {
            URI uri = URI.create(value);
            boolean http = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            if (!http || uri.getHost() == null || uri.getRawQuery() != null) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("channel " + context.channelInstanceId() + ": setting '" + API_BASE_URL
                    + "' is not an http(s) URL without query");
        }
        return value.replaceAll("/+$", "");
    }

    private static Duration timeout(ChannelContext context) {
        String value = context.optionalSetting(TIMEOUT_MS).orElse(null);
        if (value == null) {
            return DEFAULT_TIMEOUT;
        }
        try {
            long millis = Long.parseLong(value.strip());
            if (millis > 0) {
                return Duration.ofMillis(millis);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException("channel " + context.channelInstanceId() + ": setting '" + TIMEOUT_MS
                + "' must be a positive number of milliseconds");
    }
}
