package dev.crm.app.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import org.bson.Document;

/**
 * Run in a child JVM by {@link CrashDurabilityTest}: writes numbered documents through the real
 * driver and prints {@code ACK n} once the server acknowledged document n, until it is killed.
 */
public final class CrashingWriter {

    private CrashingWriter() {
    }

    public static void main(String[] args) {
        EmbeddedMongoStore store = EmbeddedMongoStore.start(Path.of(args[0]));
        try (MongoClient client = MongoClients.create(store.connectionString("crash"))) {
            MongoCollection<Document> acks = client.getDatabase("crash").getCollection("acks");
            for (int i = 0; ; i++) {
                acks.insertOne(new Document("_id", i).append("payload", "acknowledged write " + i));
                System.out.println("ACK " + i);
                System.out.flush();
            }
        }
    }
}
