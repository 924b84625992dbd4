package dev.crm.app.channels;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Every call into a plugin goes through here: within the channel instance's own bulkhead (a few
 * permits: a channel whose calls hang uses up its own permits, never another channel's or the
 * caller's threads; more calls are refused as busy at once), bounded by the call timeout, with the plugin's class loader as context class loader
 * (libraries inside plugins look up their services through it), and with every exception and
 * error caught.
 */
@Component
class ChannelCalls implements DisposableBean {

    private final ChannelProperties properties;
    private final Map<String, Bulkhead> pools = new ConcurrentHashMap<>();

    ChannelCalls(ChannelProperties properties) {
        this.properties = properties;
    }

    /**
     * Starts the call on the pool named {@code pool} (a channel instance and a direction, e.g.
     * {@code email/send}, so inbound requests never wait for a slow outbound provider); the future
     * completes with its outcome, never exceptionally.
     */
    <T> CompletableFuture<PluginCall<T>> submit(String pool, ClassLoader pluginLoader, Callable<T> call) {
        Bulkhead bulkhead = pools.computeIfAbsent(pool, this::newBulkhead);
        CompletableFuture<PluginCall<T>> outcome = new CompletableFuture<>();
        if (!bulkhead.permits.tryAcquire()) {
            outcome.complete(new PluginCall.Busy<>(bulkhead.size));
            return outcome;
        }
        Future<?> running = bulkhead.threads.submit(() -> {
            long start = System.nanoTime();
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(pluginLoader);
            PluginCall<T> result;
            try {
                result = new PluginCall.Returned<>(call.call(), since(start));
            } catch (Throwable failure) {
                result = new PluginCall.Threw<>(failure, since(start));
            } finally {
                thread.setContextClassLoader(previous);
                // Before completing: whoever continues from the outcome may start the next call.
                bulkhead.permits.release();
            }
            outcome.complete(result);
        });
        Duration limit = properties.callTimeout();
        return outcome.completeOnTimeout(new PluginCall.TimedOut<>(limit), limit.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((result, ignored) -> {
                    if (result instanceof PluginCall.TimedOut<T>) {
                        // Interrupt it; a plugin that ignores interrupts keeps its permit, which
                        // counts against its own channel only.
                        running.cancel(true);
                    }
                });
    }

    /** The same, waiting for the outcome. */
    <T> PluginCall<T> call(String pool, ClassLoader pluginLoader, Callable<T> call) {
        try {
            return submit(pool, pluginLoader, call).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PluginCall.Threw<>(e, Duration.ZERO);
        } catch (ExecutionException e) {
            return new PluginCall.Threw<>(e.getCause(), Duration.ZERO);
        }
    }

    /** A channel's share of threads: as many permits as calls may run at once. */
    private record Bulkhead(Semaphore permits, int size, ExecutorService threads) {
    }

    private Bulkhead newBulkhead(String name) {
        AtomicInteger count = new AtomicInteger();
        int size = properties.concurrencyPerChannel();
        // Threads beyond the permits only exist while a timed-out call still hangs on to one.
        ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "channel-" + name.replace('/', '-') + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        return new Bulkhead(new Semaphore(size), size, threads);
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    @Override
    public void destroy() {
        pools.values().forEach(bulkhead -> bulkhead.threads().shutdownNow());
    }
}
