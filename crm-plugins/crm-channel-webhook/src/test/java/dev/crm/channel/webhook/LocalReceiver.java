package dev.crm.channel.webhook;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A real webhook receiver on a free local port. Like a careful receiver, it recomputes the
 * signature (with its own code, not the channel's) and answers 401 when it does not match;
 * otherwise it answers as told.
 */
final class LocalReceiver implements AutoCloseable {

    /** One request as the receiver got it, and whether its signature was right. */
    record Received(String path, Headers headers, String body, boolean signatureValid) {
        String header(String name) {
            return headers.getFirst(name);
        }
    }

    /** What the receiver answers with. */
    record Answer(int status, Map<String, String> headers, String body) {
        static Answer json(int status, String body) {
            return new Answer(status, Map.of("Content-Type", "application/json"), body);
        }
    }

    private final String secret;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Function<Received, Answer> answering = request -> Answer.json(200, "{\"id\":\"rcv-1\"}");

    private LocalReceiver(String secret) {
        this.secret = secret;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static LocalReceiver start(String secret) {
        return new LocalReceiver(secret);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    void answer(Function<Received, Answer> answering) {
        this.answering = answering;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    static String signature(String secret, String id, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            Headers headers = new Headers();
            headers.putAll(exchange.getRequestHeaders());
            byte[] body = exchange.getRequestBody().readAllBytes();
            String id = headers.getFirst("Webhook-Id");
            String timestamp = headers.getFirst("Webhook-Timestamp");
            String given = headers.getFirst("Webhook-Signature");
            boolean valid = id != null && timestamp != null && given != null && MessageDigest.isEqual(
                    signature(secret, id, timestamp, body).getBytes(StandardCharsets.UTF_8),
                    given.getBytes(StandardCharsets.UTF_8));
            Received request = new Received(exchange.getRequestURI().getPath(), headers,
                    new String(body, StandardCharsets.UTF_8), valid);
            received.add(request);
            Answer answer = valid ? answering.apply(request) : Answer.json(401, "{\"error\":\"bad signature\"}");
            byte[] reply = answer.body().getBytes(StandardCharsets.UTF_8);
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(answer.status(), reply.length == 0 ? -1 : reply.length);
            if (reply.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply);
                }
            }
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
