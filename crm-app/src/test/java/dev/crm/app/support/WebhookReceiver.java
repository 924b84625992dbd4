package dev.crm.app.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on loopback standing in for an integrator's webhook endpoint: it records every
 * request (id header, signature, body) and answers with the status the test sets.
 */
public final class WebhookReceiver implements AutoCloseable {

    public record Received(String webhookId, String timestamp, String signature, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> countsById = new ConcurrentHashMap<>();
    private volatile int status = 200;

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String id = exchange.getRequestHeaders().getFirst("Webhook-Id");
            received.add(new Received(id, exchange.getRequestHeaders().getFirst("Webhook-Timestamp"),
                    exchange.getRequestHeaders().getFirst("Webhook-Signature"), new String(body, StandardCharsets.UTF_8)));
            if (id != null) {
                countsById.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
            }
            byte[] answer = ("{\"id\":\"rcv-" + id + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public void answerWith(int status) {
        this.status = status;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public Map<String, Integer> countsById() {
        Map<String, Integer> counts = new java.util.HashMap<>();
        countsById.forEach((id, count) -> counts.put(id, count.get()));
        return counts;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
