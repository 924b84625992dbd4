package dev.crm.channel.webhook;

import dev.crm.plugin.api.DeliveryResult;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The HTTP side of sending: posts one signed webhook and turns whatever happens into a
 * {@link DeliveryResult}. Holds one HTTP client per channel instance (clients own a thread pool
 * and a connection pool, too dear to build per message), rebuilt when the instance's timeout changes.
 */
final class WebhookTarget {

    /** More than any id needs. */
    static final int ANSWER_LIMIT = 64 * 1024;

    private final ConcurrentMap<String, TimedClient> clients = new ConcurrentHashMap<>();

    DeliveryResult post(String channelInstanceId, WebhookSettings settings, String messageId, byte[] body,
                        Instant now) {
        String timestamp = Long.toString(now.getEpochSecond());
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(settings.targetUrl())
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    // The same id on every attempt: the receiver's key for discarding a redelivery.
                    .header("Webhook-Id", messageId)
                    .header("Webhook-Timestamp", timestamp)
                    .header("Webhook-Signature", WebhookSignature.header(settings.signingSecret(), messageId, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
        } catch (IllegalArgumentException e) {
            return DeliveryResult.permanentFailure("the message id cannot be sent as a Webhook-Id header");
        }
        CompletableFuture<HttpResponse<byte[]>> exchange =
                client(channelInstanceId, settings.timeout()).sendAsync(request, info -> new CappedBody(ANSWER_LIMIT));
        try {
            // The request timeout stops at the response headers; this bounds the body, too.
            HttpResponse<byte[]> response = exchange.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
            return new ReceiverAnswer(response.statusCode(), response.headers(), response.body()).toDeliveryResult(now);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return timedOut(settings.timeout());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                return timedOut(settings.timeout());
            }
            // Only the type: messages of network errors may name the host or the URL with its token.
            String what = cause == null ? "unknown error" : cause.getClass().getSimpleName();
            return DeliveryResult.retryLater(cause instanceof IOException
                    ? "receiver unreachable (" + what + ")"
                    : "sending failed (" + what + ")");
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return DeliveryResult.retryLater("interrupted before the receiver answered");
        }
    }

    private static DeliveryResult timedOut(Duration timeout) {
        return DeliveryResult.retryLater("receiver did not answer within " + timeout.toMillis() + " ms");
    }

    private HttpClient client(String channelInstanceId, Duration timeout) {
        return clients.compute(channelInstanceId, (id, current) -> current != null && current.timeout().equals(timeout)
                ? current
                : new TimedClient(timeout, HttpClient.newBuilder()
                        .connectTimeout(timeout)
                        // Never: the signed request is for target-url, not wherever a redirect points.
                        .followRedirects(HttpClient.Redirect.NEVER)
                        // Plain-text receivers rarely speak h2c, and an upgrade attempt on POST confuses some.
                        .version(HttpClient.Version.HTTP_1_1)
                        .build()))
                .client();
    }

    private record TimedClient(Duration timeout, HttpClient client) {
    }
}
