package dev.crm.channel.wechat;

import java.time.Instant;

/**
 * An access_token from WeChat's token endpoint.
 *
 * @param value     the token; never shown, see {@link #toString()}
 * @param issuer    the {@link ApiSettings#tokenIssuer()} it was fetched for
 * @param refreshAt when to fetch the next one: a safety margin before WeChat lets it expire
 */
record AccessToken(String value, String issuer, Instant refreshAt) {

    boolean usableFor(ApiSettings settings, Instant now) {
        return issuer.equals(settings.tokenIssuer()) && now.isBefore(refreshAt);
    }

    @Override
    public String toString() {
        return "AccessToken[issuer=" + issuer + ", refreshAt=" + refreshAt + "]";
    }
}
