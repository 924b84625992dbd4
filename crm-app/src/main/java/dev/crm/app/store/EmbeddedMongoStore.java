package dev.crm.app.store;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MongoDB wire-protocol server (mongo-java-server with its H2 MVStore backend) inside the
 * application's JVM, listening on a loopback port (a free one unless {@code crm.store-port} fixes it). Other processes (a second app node, the
 * mongo shell) can connect to it over TCP while this one runs; only one process may open the file.
 */
public final class EmbeddedMongoStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoStore.class);

    /** The MVStore's own background default: rewrite chunks that are less than this full. */
    private static final int COMPACT_FILL_RATE = 90;
    private static final int COMPACT_BYTES = 4 * 1024 * 1024;
    private static final long COMPACT_EVERY_SECONDS = 30;

    private final Path file;
    private final MongoServer server;
    private final InetSocketAddress address;
    private final ScheduledExecutorService housekeeping;

    private EmbeddedMongoStore(Path file, MongoServer server, InetSocketAddress address,
                               ScheduledExecutorService housekeeping) {
        this.file = file;
        this.server = server;
        this.address = address;
        this.housekeeping = housekeeping;
    }

    public static EmbeddedMongoStore start(Path dataDir) {
        return start(dataDir, 0);
    }

    /** @param port the loopback port to listen on; 0 for a free one */
    public static EmbeddedMongoStore start(Path dataDir, int port) {
        Path directory = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + directory, e);
        }
        Path file = directory.resolve("crm.mv.db");
        // No background commit: it could save a write half-applied (DurableH2Backend commits instead).
        MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
        DurableH2Backend backend = new DurableH2Backend(store, Clock.systemUTC());
        MongoServer server = new MongoServer(backend);
        server.bind(new InetSocketAddress("127.0.0.1", port));
        ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "embedded-store-compaction");
            thread.setDaemon(true);
            return thread;
        });
        housekeeping.scheduleWithFixedDelay(() -> compactQuietly(backend), COMPACT_EVERY_SECONDS,
                COMPACT_EVERY_SECONDS, TimeUnit.SECONDS);
        InetSocketAddress address = server.getLocalAddress();
        log.info("Using the embedded MongoDB wire-protocol server on {}:{} with data in {}",
                address.getHostString(), address.getPort(), file);
        return new EmbeddedMongoStore(file, server, address, housekeeping);
    }

    private static void compactQuietly(DurableH2Backend backend) {
        try {
            backend.compact(COMPACT_FILL_RATE, COMPACT_BYTES);
        } catch (RuntimeException e) {
            // Housekeeping only: the next run tries again, and no write depends on it.
            log.warn("Compacting the embedded store failed", e);
        }
    }

    public String connectionString(String database) {
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database;
    }

    public InetSocketAddress address() {
        return address;
    }

    public Path file() {
        return file;
    }

    /** Stops accepting connections, then closes the backend, which commits and releases the file. */
    @Override
    public void close() {
        log.info("Stopping the embedded MongoDB wire-protocol server ({})", file);
        // Not shutdownNow: an interrupt in the middle of file I/O would close the MVStore's channel.
        housekeeping.shutdown();
        try {
            housekeeping.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.shutdown();
    }
}
