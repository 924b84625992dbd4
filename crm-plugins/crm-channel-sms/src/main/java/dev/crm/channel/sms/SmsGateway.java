package dev.crm.channel.sms;

import dev.crm.plugin.api.DeliveryResult;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The HTTP side of sending: posts one rendered message and turns whatever happens into a
 * {@link DeliveryResult}. Holds one HTTP client per channel instance (clients own a thread pool
 * and a connection pool, too dear to build per message), rebuilt when the instance's timeout changes.
 */
final class SmsGateway {

    /** More than any id or error message needs. */
    static final int ANSWER_LIMIT = 64 * 1024;

    private final ConcurrentMap<String, TimedClient> clients = new ConcurrentHashMap<>();

    DeliveryResult post(String channelInstanceId, GatewaySettings settings, String messageId, String json,
                        Instant now) {
        HttpRequest request;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(settings.gatewayUrl())
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("Accept", "application/json")
                    // The same id on every attempt, so a retry after a lost answer sends one SMS, not two.
                    .header("Idempotency-Key", messageId)
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            settings.auth().applyTo(builder);
            request = builder.build();
        } catch (IllegalArgumentException e) {
            // The JDK's message may quote a header value, i.e. a credential: say what to check instead.
            return DeliveryResult.permanentFailure(
                    "the gateway request cannot be built: check auth-header, and that the message id is a plain token");
        }
        CompletableFuture<HttpResponse<byte[]>> exchange =
                client(channelInstanceId, settings.timeout()).sendAsync(request, info -> new CappedBody(ANSWER_LIMIT));
        try {
            // The request timeout stops at the response headers; this bounds the body, too.
            HttpResponse<byte[]> response = exchange.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
            return new GatewayAnswer(response.statusCode(), response.headers(), response.body())
                    .toDeliveryResult(settings.messageIdField(), settings.secrets(), now);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return timedOut(settings.timeout());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                return timedOut(settings.timeout());
            }
            // Only the type: messages of network errors may name the host or the URL with its key.
            String what = cause == null ? "unknown error" : cause.getClass().getSimpleName();
            return DeliveryResult.retryLater(cause instanceof IOException
                    ? "gateway unreachable (" + what + ")"
                    : "sending failed (" + what + ")");
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return DeliveryResult.retryLater("interrupted before the gateway answered");
        }
    }

    private static DeliveryResult timedOut(Duration timeout) {
        return DeliveryResult.retryLater("gateway did not answer within " + timeout.toMillis() + " ms");
    }

    private HttpClient client(String channelInstanceId, Duration timeout) {
        return clients.compute(channelInstanceId, (id, current) -> current != null && current.timeout().equals(timeout)
                ? current
                : new TimedClient(timeout, HttpClient.newBuilder()
                        .connectTimeout(timeout)
                        // Never: a redirect would carry the credentials to another address.
                        .followRedirects(HttpClient.Redirect.NEVER)
                        // Plain-text gateways rarely speak h2c, and an upgrade attempt on POST confuses some.
                        .version(HttpClient.Version.HTTP_1_1)
                        .build()))
                .client();
    }

    private record TimedClient(Duration timeout, HttpClient client) {
    }
}
