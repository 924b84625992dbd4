package dev.crm.channel.sms;

import dev.crm.plugin.api.ChannelContext;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the channel proves itself to the gateway ({@code auth} setting). Every variant hides its
 * credentials from {@code toString}, so they cannot reach a log line by accident.
 */
sealed interface GatewayAuth {

    /** RFC 9110 §5.6.2 token characters: anything else cannot be a header name. */
    Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    void applyTo(HttpRequest.Builder request);

    /** The values to cut out of anything the gateway echoes back. */
    List<String> secrets();

    static GatewayAuth from(ChannelContext context) {
        String kind = context.optionalSetting("auth").orElse("none").trim().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "none" -> new None();
            case "bearer" -> new Bearer(headerValue(context, "auth-token"));
            case "basic" -> {
                String username = headerValue(context, "username");
                if (username.contains(":")) {
                    // RFC 7617 §2: the first colon separates user and password.
                    throw new IllegalArgumentException("username must not contain ':' for auth=basic");
                }
                yield new Basic(username, headerValue(context, "password"));
            }
            case "header" -> {
                String name = context.optionalSetting("auth-header").orElse("X-Api-Key").trim();
                if (!HEADER_NAME.matcher(name).matches()) {
                    throw new IllegalArgumentException("auth-header is not a valid HTTP header name");
                }
                yield new ApiKeyHeader(name, headerValue(context, "auth-token"));
            }
            default -> throw new IllegalArgumentException("auth must be one of none, bearer, basic, header");
        };
    }

    private static String headerValue(ChannelContext context, String key) {
        String value = context.setting(key);
        // CR or LF would let a setting smuggle further headers into the request.
        if (value.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7f)) {
            throw new IllegalArgumentException(key + " contains control characters");
        }
        return value;
    }

    record None() implements GatewayAuth {
        @Override
        public void applyTo(HttpRequest.Builder request) {
        }

        @Override
        public List<String> secrets() {
            return List.of();
        }
    }

    record Bearer(String token) implements GatewayAuth {
        @Override
        public void applyTo(HttpRequest.Builder request) {
            request.header("Authorization", "Bearer " + token);
        }

        @Override
        public List<String> secrets() {
            return List.of(token);
        }

        @Override
        public String toString() {
            return "Bearer[***]";
        }
    }

    record Basic(String username, String password) implements GatewayAuth {
        @Override
        public void applyTo(HttpRequest.Builder request) {
            String credentials = username + ":" + password;
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public List<String> secrets() {
            return List.of(password, username);
        }

        @Override
        public String toString() {
            return "Basic[***]";
        }
    }

    record ApiKeyHeader(String name, String value) implements GatewayAuth {
        @Override
        public void applyTo(HttpRequest.Builder request) {
            request.header(name, value);
        }

        @Override
        public List<String> secrets() {
            return List.of(value);
        }

        @Override
        public String toString() {
            return "ApiKeyHeader[" + name + ", ***]";
        }
    }
}
