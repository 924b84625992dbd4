import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Queues test messages on a channel through the admin API (POST /api/v1/channels/{id}/test-message),
 * 8 requests at a time. Usage: java Enqueue.java <base-url> <password> <channel> <messages>
 */
public class Enqueue {
    public static void main(String[] args) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + args[1]).getBytes());
        int messages = Integer.parseInt(args[3]);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < messages) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(args[0] + "/api/v1/channels/" + args[2]
                                    + "/test-message"))
                            .header("Authorization", auth).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"recipient\":\"bench-endpoint\",\"subject\":"
                                    + "\"Status\",\"body\":\"Your complaint C-2026-000001 is resolved (" + i + ").\"}"))
                            .build();
                    try {
                        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 202) {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
        System.out.println("queued " + (messages - failed.get()) + " of " + messages);
    }
}
