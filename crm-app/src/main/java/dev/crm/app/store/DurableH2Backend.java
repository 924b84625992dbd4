package dev.crm.app.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import io.netty.channel.Channel;
import java.time.Clock;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend of mongo-java-server, made durable: MVStore normally commits in the background
 * about once a second, so a crash could lose writes the client was already told had succeeded.
 * Here every command that changed the store commits before its reply is sent. The MongoDB driver
 * (4.x and later) sends every command, reads and writes alike, as an OP_MSG through
 * {@link #handleMessage}.
 * <p>It also answers {@code hello} (see {@link #handleCommand}), and its databases stream a
 * collection into an aggregation instead of copying it first ({@link StreamingH2Database}).
 */
class DurableH2Backend extends H2Backend {

    private final MVStore store;

    DurableH2Backend(MVStore store, Clock clock) {
        super(store, clock);
        this.store = store;
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document reply = super.handleMessage(message);
        commitIfChanged();
        return reply;
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
        if (store.hasUnsavedChanges()) {
            store.commit();
        }
    }
}
