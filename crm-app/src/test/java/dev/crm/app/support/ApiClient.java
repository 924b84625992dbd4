package dev.crm.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the running application over real HTTP, like any API client would: JSON in, JSON out,
 * HTTP Basic when signed in.
 */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final String authorization;

    private ApiClient(String baseUrl, String authorization) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    public static ApiClient anonymous(String baseUrl) {
        return new ApiClient(baseUrl, null);
    }

    public static ApiClient signedIn(String baseUrl, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient(baseUrl, "Basic " + token);
    }

    public ApiResponse get(String pathAndQuery) {
        return send(request(pathAndQuery).GET());
    }

    /** For endpoints that answer in another media type than JSON (e.g. Prometheus text). */
    public ApiResponse get(String pathAndQuery, String accept) {
        return send(request(pathAndQuery).setHeader("Accept", accept).GET());
    }

    public ApiResponse post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").POST(json(body)));
    }

    public ApiResponse postWithHeader(String path, String header, String value, Object body) {
        return send(request(path).header("Content-Type", "application/json").header(header, value).POST(json(body)));
    }

    public ApiResponse put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").PUT(json(body)));
    }

    public ApiResponse putWithHeader(String path, String header, String value, Object body) {
        return send(request(path).header("Content-Type", "application/json").header(header, value).PUT(json(body)));
    }

    public ApiResponse delete(String path) {
        return send(request(path).DELETE());
    }

    /** For bodies that are deliberately not what the endpoint expects (wrong media type, broken JSON). */
    public ApiResponse postRaw(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** Raw bytes with headers of the caller's choosing, as a channel provider sends them. */
    public ApiResponse postRaw(String path, String contentType, byte[] body, java.util.Map<String, String> headers) {
        HttpRequest.Builder builder = request(path).header("Content-Type", contentType);
        headers.forEach(builder::header);
        return send(builder.POST(BodyPublishers.ofByteArray(body)));
    }

    /**
     * Any method, any bytes (null = no body), any content type (null = none): for hostile-input
     * tests. The answer's body is kept raw; it is parsed only when it is well-formed JSON.
     */
    public ApiResponse send(String method, String pathAndQuery, java.util.Map<String, String> headers,
            String contentType, byte[] body) {
        HttpRequest.Builder builder = request(pathAndQuery);
        headers.forEach(builder::setHeader);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        builder.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
            String raw = response.body();
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode parsed = null;
            if (type.contains("json") && raw != null && !raw.isBlank()) {
                try {
                    parsed = JSON.readTree(raw);
                } catch (tools.jackson.core.JacksonException notJson) {
                    parsed = null;
                }
            }
            return new ApiResponse(response.statusCode(), response.headers(), parsed, raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        String text = body instanceof String s ? s : JSON.writeValueAsString(body);
        return BodyPublishers.ofString(text, StandardCharsets.UTF_8);
    }

    private static ApiResponse send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
            String raw = response.body();
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode body = contentType.contains("json") && raw != null && !raw.isBlank() ? JSON.readTree(raw) : null;
            return new ApiResponse(response.statusCode(), response.headers(), body, raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
