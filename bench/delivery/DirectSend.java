import dev.crm.plugin.api.ChannelAdapter;
import dev.crm.plugin.api.ChannelContext;
import dev.crm.plugin.api.DeliveryResult;
import dev.crm.plugin.api.OutboundMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.pf4j.DefaultPluginManager;

/**
 * The baseline of the delivery benchmark: loads the webhook plugin with PF4J, as the host does, and
 * calls its send() directly, with no outbox, lease, bulkhead or history, on `threads` threads.
 * Usage: java -cp pf4j:slf4j-api:crm-plugin-api DirectSend.java <plugin.jar> <target-url> <messages> <threads>
 */
public class DirectSend {
    public static void main(String[] args) throws Exception {
        Path plugins = Files.createTempDirectory("direct-send");
        Files.copy(Path.of(args[0]), plugins.resolve("plugin.jar"), StandardCopyOption.REPLACE_EXISTING);
        DefaultPluginManager manager = new DefaultPluginManager(plugins);
        manager.setSystemVersion("1.0.0");
        manager.loadPlugins();
        manager.startPlugins();
        ChannelAdapter adapter = manager.getExtensions(ChannelAdapter.class).get(0);
        Map<String, String> settings = Map.of("target-url", args[1], "signing-secret", "bench-signing-secret");
        ChannelContext context = new ChannelContext() {
            public String channelInstanceId() { return "bench-hook"; }
            public Map<String, String> settings() { return settings; }
            public Clock clock() { return Clock.systemUTC(); }
            public System.Logger logger() { return System.getLogger("bench"); }
        };
        int messages = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        run(adapter, context, 500, threads, "warm-");
        long start = System.nanoTime();
        int failed = run(adapter, context, messages, threads, "m-");
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("DIRECT messages=%d threads=%d seconds=%.2f rate=%.0f/s per-message=%.0fus failed=%d%n",
                messages, threads, seconds, messages / seconds, seconds * 1e6 * threads / messages, failed);
        manager.unloadPlugins();
    }

    private static int run(ChannelAdapter adapter, ChannelContext context, int messages, int threads, String prefix)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Future<?>> lanes = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            lanes.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < messages) {
                    DeliveryResult result = adapter.send(new OutboundMessage(prefix + i, "bench-endpoint", "Status",
                            "Your complaint C-2026-000001 is resolved.", Map.of()), context);
                    if (!(result instanceof DeliveryResult.Delivered)) {
                        failed.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> lane : lanes) {
            lane.get();
        }
        pool.shutdown();
        return failed.get();
    }
}
