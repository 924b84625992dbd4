package dev.crm.channel.wechat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1 standing in for api.weixin.qq.com: the token endpoint issues
 * token-1, token-2, ... unless told otherwise, the send endpoint answers {@code errcode 0} unless
 * told otherwise, and both record what they were called with.
 */
final class LocalWeixinApi implements AutoCloseable {

    /** An answer to script: HTTP status and body. */
    record Reply(int status, String body) {
        static Reply errcode(int errcode, String errmsg) {
            return new Reply(200, "{\"errcode\":" + errcode + ",\"errmsg\":\"" + errmsg + "\"}");
        }
    }

    /** One request the endpoint received. */
    record Call(Map<String, String> query, String body) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Queue<Reply> tokenReplies = new ConcurrentLinkedQueue<>();
    private final Queue<Reply> sendReplies = new ConcurrentLinkedQueue<>();
    private final List<Call> tokenCalls = new CopyOnWriteArrayList<>();
    private final List<Call> sendCalls = new CopyOnWriteArrayList<>();
    private final AtomicInteger issued = new AtomicInteger();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile CountDownLatch tokenGate = new CountDownLatch(0);
    private volatile boolean stallSends;

    LocalWeixinApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        // Several threads, so that concurrent callers reach the server concurrently.
        server.setExecutor(executor);
        server.createContext("/cgi-bin/token", exchange -> {
            tokenCalls.add(record(exchange));
            await(tokenGate);
            Reply reply = tokenReplies.poll();
            answer(exchange, reply != null ? reply
                    : new Reply(200, "{\"access_token\":\"token-" + issued.incrementAndGet() + "\",\"expires_in\":7200}"));
        });
        server.createContext("/cgi-bin/message/custom/send", exchange -> {
            sendCalls.add(record(exchange));
            if (stallSends) {
                await(closed);
            }
            Reply reply = sendReplies.poll();
            answer(exchange, reply != null ? reply : Reply.errcode(0, "ok"));
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next token requests get these answers, in order. */
    void answerTokenRequests(Reply... replies) {
        tokenReplies.addAll(List.of(replies));
    }

    /** The next sends get these answers, in order. */
    void answerSends(Reply... replies) {
        sendReplies.addAll(List.of(replies));
    }

    /** Token requests wait until {@code gate} opens. */
    void holdTokenRequests(CountDownLatch gate) {
        tokenGate = gate;
    }

    /** Sends get no answer until the server closes. */
    void stallSends() {
        stallSends = true;
    }

    List<Call> tokenCalls() {
        return List.copyOf(tokenCalls);
    }

    List<Call> sendCalls() {
        return List.copyOf(sendCalls);
    }

    @Override
    public void close() {
        closed.countDown();
        tokenGate.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private static Call record(HttpExchange exchange) throws IOException {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return new Call(query, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static void answer(HttpExchange exchange, Reply reply) throws IOException {
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; encoding=utf-8");
        exchange.sendResponseHeaders(reply.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            // Bounded, so a broken test fails instead of hanging the build.
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
