package dev.crm.app.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bson.Document;

/**
 * Run in a child JVM by {@link CrashDurabilityTest}: several threads write numbered documents, each
 * with two fields under unique indexes, through the real driver and print {@code ACK n} once the
 * server acknowledged document n, until the process is killed. Several writers at once are the
 * point: a commit made for one must not save another's write half-applied.
 */
public final class CrashingWriter {

    static final int THREADS = 6;
    static final String COLLECTION = "acks";

    private CrashingWriter() {
    }

    public static void main(String[] args) {
        EmbeddedMongoStore store = EmbeddedMongoStore.start(Path.of(args[0]));
        MongoClient client = MongoClients.create(store.connectionString("crash"));
        MongoCollection<Document> acks = client.getDatabase("crash").getCollection(COLLECTION);
        acks.createIndex(Indexes.ascending("first"), new IndexOptions().unique(true));
        acks.createIndex(Indexes.ascending("second"), new IndexOptions().unique(true));
        ExecutorService writers = Executors.newFixedThreadPool(THREADS);
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            writers.submit(() -> {
                for (int i = thread; ; i += THREADS) {
                    acks.insertOne(new Document("_id", i).append("first", "first-" + i).append("second", "second-" + i)
                            .append("payload", "acknowledged write " + i));
                    // An update moves the unique keys too: data and index maps change again.
                    acks.updateOne(new Document("_id", i), new Document("$set",
                            new Document("first", "first-" + i + "-updated")));
                    synchronized (System.out) {
                        System.out.println("ACK " + i);
                        System.out.flush();
                    }
                }
            });
        }
    }
}
