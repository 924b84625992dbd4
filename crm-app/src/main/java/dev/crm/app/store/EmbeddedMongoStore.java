package dev.crm.app.store;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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

    private final Path file;
    private final MongoServer server;
    private final InetSocketAddress address;

    private EmbeddedMongoStore(Path file, MongoServer server, InetSocketAddress address) {
        this.file = file;
        this.server = server;
        this.address = address;
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
        MVStore store = new MVStore.Builder().fileName(file.toString()).open();
        MongoServer server = new MongoServer(new DurableH2Backend(store, Clock.systemUTC()));
        server.bind(new InetSocketAddress("127.0.0.1", port));
        InetSocketAddress address = server.getLocalAddress();
        log.info("Using the embedded MongoDB wire-protocol server on {}:{} with data in {}",
                address.getHostString(), address.getPort(), file);
        return new EmbeddedMongoStore(file, server, address);
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
        server.shutdown();
    }
}
