package dev.crm.channel.sms;

import dev.crm.plugin.api.DeliveryResult;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * The gateway's HTTP answer to one send, and what it means for the message.
 *
 * @param status  the HTTP status
 * @param headers the response headers
 * @param body    the response body, possibly cut off at {@link SmsGateway#ANSWER_LIMIT}
 */
record GatewayAnswer(int status, HttpHeaders headers, byte[] body) {

    /** Where gateways commonly put a human-readable error, first match wins. */
    private static final List<String> ERROR_FIELDS =
            List.of("/error/message", "/error_description", "/message", "/error", "/detail", "/errors/0/message");

    private static final int ERROR_EXCERPT = 120;

    DeliveryResult toDeliveryResult(JsonPointer messageIdField, List<String> secrets, Instant now) {
        if (status >= 200 && status <= 299) {
            return DeliveryResult.delivered(json().map(answer -> answer.at(messageIdField))
                    .filter(id -> id.isString() || id.isIntegralNumber())
                    .map(JsonNode::asString)
                    .orElse(null));
        }
        // 408: the gateway gave up waiting for us; 429: throttled; 5xx: its own trouble. All pass.
        if (status == 408 || status == 429 || status >= 500) {
            String reason = "gateway answered HTTP " + status + (status == 429 ? " (throttled)" : "");
            Optional<Duration> wait = RetryAfter.parse(headers.firstValue("Retry-After"), now);
            return wait.map(delay -> DeliveryResult.retryAfter(reason, delay))
                    .orElseGet(() -> DeliveryResult.retryLater(reason));
        }
        if (status >= 300 && status <= 399) {
            return DeliveryResult.permanentFailure("gateway answered HTTP " + status
                    + "; redirects are not followed, so set gateway-url to the final address");
        }
        if (status >= 400) {
            return DeliveryResult.permanentFailure("gateway refused the message with HTTP " + status
                    + errorMessage(secrets).map(message -> ": " + message).orElse(""));
        }
        return DeliveryResult.retryLater("gateway answered with unexpected HTTP " + status);
    }

    private Optional<JsonNode> json() {
        try {
            return Optional.ofNullable(StrictJson.MAPPER.readTree(body));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /**
     * The gateway's error message, never its whole body (that may echo the request, credentials
     * included): one text field, stripped of control characters and any configured secret, cut short.
     */
    private Optional<String> errorMessage(List<String> secrets) {
        return json().flatMap(answer -> ERROR_FIELDS.stream()
                        .map(answer::at)
                        .filter(JsonNode::isString)
                        .map(JsonNode::asString)
                        .findFirst())
                .map(message -> sanitized(message, secrets))
                .filter(message -> !message.isEmpty());
    }

    static String sanitized(String message, List<String> secrets) {
        String clean = message;
        // Longest first, so a secret that contains another is not left half-visible.
        for (String secret : secrets.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            if (!secret.isEmpty()) {
                clean = clean.replace(secret, "[redacted]");
            }
        }
        clean = clean.replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").trim();
        return clean.length() <= ERROR_EXCERPT ? clean : clean.substring(0, ERROR_EXCERPT) + "…";
    }
}
