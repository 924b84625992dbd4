package dev.crm.app.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seeder's way into the modules: their public REST API on this node, signed in as the demo
 * staff member who would do each step. crm-app may touch a module only through its {@code api}
 * package (ArchitectureTest), and the use cases the API runs are the ones a user runs, with their
 * validation, authorization, audit, SLA clocks, KPI facts and ledger entries.
 */
final class DemoApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final JsonMapper json;
    private final AtomicLong requests = new AtomicLong();

    DemoApi(String baseUrl, JsonMapper json) {
        this.baseUrl = baseUrl;
        this.json = json;
    }

    Caller as(String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Caller(username, "Basic " + token);
    }

    long requests() {
        return requests.get();
    }

    /** An answer: status and JSON body (null when empty or not JSON). */
    record Reply(int status, JsonNode body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    final class Caller {

        private final String username;
        private final String authorization;

        private Caller(String username, String authorization) {
            this.username = username;
            this.authorization = authorization;
        }

        String username() {
            return username;
        }

        JsonNode get(String path) {
            return expect("GET", path, send(request(path).GET()));
        }

        JsonNode post(String path, Object body) {
            return expect("POST", path, send(request(path).header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofString(json.writeValueAsString(body)))));
        }

        /** For the money-moving endpoints, which want an {@code Idempotency-Key}. */
        JsonNode postOnce(String path, String idempotencyKey, Object body) {
            return expect("POST", path, send(request(path).header("Content-Type", "application/json")
                    .header("Idempotency-Key", idempotencyKey)
                    .POST(BodyPublishers.ofString(json.writeValueAsString(body)))));
        }

        JsonNode put(String path, Object body) {
            return expect("PUT", path, send(request(path).header("Content-Type", "application/json")
                    .PUT(BodyPublishers.ofString(json.writeValueAsString(body)))));
        }

        JsonNode postCsv(String path, String csv) {
            return expect("POST", path, send(request(path).header("Content-Type", "text/csv")
                    .POST(BodyPublishers.ofString(csv, StandardCharsets.UTF_8))));
        }

        /** Without insisting on success, for the few steps whose refusal is an answer too. */
        Reply tryPost(String path, Object body) {
            return send(request(path).header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofString(json.writeValueAsString(body))));
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                    .header("Accept", "application/json").header("Authorization", authorization);
        }

        private Reply send(HttpRequest.Builder request) {
            requests.incrementAndGet();
            try {
                HttpResponse<String> response = http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
                String text = response.body();
                JsonNode body = null;
                if (text != null && !text.isBlank() && (text.startsWith("{") || text.startsWith("["))) {
                    body = json.readTree(text);
                }
                return new Reply(response.statusCode(), body);
            } catch (IOException e) {
                throw new DemoSeedingException("the API did not answer: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoSeedingException("interrupted while seeding", e);
            }
        }

        private JsonNode expect(String method, String path, Reply reply) {
            if (!reply.ok()) {
                throw new DemoSeedingException(method + " " + path + " as " + username + " answered " + reply.status()
                        + ": " + reply.body());
            }
            return reply.body();
        }
    }
}
