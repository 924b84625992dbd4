package dev.crm.app.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import io.netty.channel.Channel;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend of mongo-java-server, made durable: MVStore normally commits in the background
 * about once a second, so a crash could lose writes the client was already told had succeeded.
 * Here every command that may change the store commits before its reply is sent. The MongoDB driver
 * (4.x and later) sends every command, reads and writes alike, as an OP_MSG through
 * {@link #handleMessage}.
 * <p>A commit must never catch a write half-applied. The server applies a command map by map (an
 * insert puts the document into the collection's map, then each unique index's entry into that
 * index's map) without a lock, and an MVStore commit saves each map as it finds it: a commit made
 * by another connection in between saved the document without its index entries, and after a
 * crash that document was invisible to its unique index (seen under SIGKILL: the ledger's
 * {@code {customerId, sequence}} lock would then let a second entry take the same sequence). So
 * commands that may write run under the shared side of {@link #applying}, commits under its
 * exclusive side: a commit waits until no write is in the middle of being applied, and still
 * carries every write applied before it (group commit). The MVStore's own background commit,
 * which would not wait, is off ({@link EmbeddedMongoStore}); its housekeeping is
 * {@link #compact}. Reads take no lock, so a long aggregation never holds up a commit.
 * <p>It also answers {@code hello} (see {@link #handleCommand}), and its databases stream a
 * collection into an aggregation instead of copying it first ({@link StreamingH2Database}).
 */
class DurableH2Backend extends H2Backend {

    /** Commands that never change the store; anything else (unknown commands too) is treated as a write. */
    private static final Set<String> READS = Set.of("find", "getMore", "count", "distinct", "killCursors",
            "listCollections", "listIndexes", "listDatabases", "hello", "isMaster", "ismaster", "ping",
            "buildInfo", "buildinfo", "endSessions", "dbStats", "collStats", "serverStatus", "connectionStatus",
            "whatsmyuri", "getParameter", "getLastError");
    private static final List<String> WRITING_STAGES = List.of("$out", "$merge");

    private final MVStore store;
    private final ReadWriteLock applying = new ReentrantReadWriteLock();

    DurableH2Backend(MVStore store, Clock clock) {
        super(store, clock);
        this.store = store;
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        if (readsOnly(message.getDocument())) {
            return super.handleMessage(message);
        }
        Document reply;
        applying.readLock().lock();
        try {
            reply = super.handleMessage(message);
        } finally {
            applying.readLock().unlock();
        }
        commitIfChanged();
        return reply;
    }

    /**
     * Rewrites sparsely filled chunks (what the MVStore's background thread would do) and commits,
     * like any commit only between whole writes.
     *
     * @param bytes roughly how much to rewrite at most in one go, so writers are held up only briefly
     */
    void compact(int targetFillRate, int bytes) {
        applying.writeLock().lock();
        try {
            if (store.isClosed()) {
                return;
            }
            store.compact(targetFillRate, bytes);
            if (store.hasUnsavedChanges()) {
                store.commit();
            }
        } finally {
            applying.writeLock().unlock();
        }
    }

    /**
     * Answers {@code hello}, the handshake command of MongoDB 4.4+ that Boot's health check sends,
     * like its predecessor {@code isMaster}, which the server does implement.
     */
    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if ("hello".equalsIgnoreCase(command)) {
            Document reply = super.handleCommand(channel, databaseName, "isMaster", query);
            reply.put("isWritablePrimary", Boolean.TRUE);
            return reply;
        }
        return super.handleCommand(channel, databaseName, command, query);
    }

    /** Called from the super constructor too (existing databases): only the stock getter is set by then. */
    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new StreamingH2Database(databaseName, getMvStore(), getCursorRegistry());
    }

    private void commitIfChanged() {
        applying.writeLock().lock();
        try {
            if (store.hasUnsavedChanges()) {
                store.commit();
            }
        } finally {
            applying.writeLock().unlock();
        }
    }

    private static boolean readsOnly(Document command) {
        if (command.isEmpty()) {
            return false;
        }
        String name = command.keySet().iterator().next();
        if ("aggregate".equals(name)) {
            Object pipeline = command.get("pipeline");
            return pipeline instanceof List<?> stages && stages.stream().noneMatch(stage ->
                    stage instanceof Document document && WRITING_STAGES.stream().anyMatch(document::containsKey));
        }
        return READS.contains(name);
    }
}
