import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The far end of the delivery benchmark: a webhook receiver on loopback that answers 200 at once
 * and counts what arrives. GET /stats gives "count first-nanos last-nanos"; POST /reset clears.
 * Usage: java -Dsun.net.httpserver.nodelay=true Receiver.java <port> (without nodelay, Nagle and
 * delayed ACKs add ~40 ms to every exchange)
 */
public class Receiver {
    public static void main(String[] args) throws Exception {
        AtomicLong count = new AtomicLong();
        AtomicLong first = new AtomicLong();
        AtomicLong last = new AtomicLong();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 128);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            long now = System.nanoTime();
            first.compareAndSet(0, now);
            last.set(now);
            count.incrementAndGet();
            byte[] answer = "{\"id\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.createContext("/stats", exchange -> {
            byte[] answer = (count.get() + " " + first.get() + " " + last.get()).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.createContext("/reset", exchange -> {
            count.set(0);
            first.set(0);
            last.set(0);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        System.out.println("receiver on " + args[0]);
    }
}
