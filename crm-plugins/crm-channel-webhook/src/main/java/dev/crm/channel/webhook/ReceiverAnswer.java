package dev.crm.channel.webhook;

import dev.crm.plugin.api.DeliveryResult;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The receiver's HTTP answer to one webhook, and what it means for the message. Only the status
 * is reported, never the body: a receiver's error page may echo the request.
 *
 * @param status  the HTTP status
 * @param headers the response headers
 * @param body    the response body, possibly cut off at {@link WebhookTarget#ANSWER_LIMIT}
 */
record ReceiverAnswer(int status, HttpHeaders headers, byte[] body) {

    DeliveryResult toDeliveryResult(Instant now) {
        if (status >= 200 && status <= 299) {
            return DeliveryResult.delivered(receiverId().orElse(null));
        }
        // 408: the receiver gave up waiting for us; 429: throttled; 5xx: its own trouble. All pass.
        if (status == 408 || status == 429 || status >= 500) {
            String reason = "receiver answered HTTP " + status + (status == 429 ? " (throttled)" : "");
            Optional<Duration> wait = RetryAfter.parse(headers.firstValue("Retry-After"), now);
            return wait.map(delay -> DeliveryResult.retryAfter(reason, delay))
                    .orElseGet(() -> DeliveryResult.retryLater(reason));
        }
        if (status >= 300 && status <= 399) {
            return DeliveryResult.permanentFailure("receiver answered HTTP " + status
                    + "; redirects are not followed, so set target-url to the final address");
        }
        if (status >= 400) {
            return DeliveryResult.permanentFailure("receiver refused the webhook with HTTP " + status);
        }
        return DeliveryResult.retryLater("receiver answered with unexpected HTTP " + status);
    }

    /** The receiver's own id for the message: {@code "id"} of a JSON answer, if it gave one. */
    private Optional<String> receiverId() {
        try {
            JsonNode answer = StrictJson.MAPPER.readTree(body);
            return Optional.ofNullable(answer).map(json -> json.path("id"))
                    .filter(id -> id.isString() || id.isIntegralNumber())
                    .map(JsonNode::asString);
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}
