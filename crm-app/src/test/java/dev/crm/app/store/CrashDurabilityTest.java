package dev.crm.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write the embedded store acknowledged survives a SIGKILL of the process that holds it, and no
 * write, acknowledged or not, is left half-applied: every stored document is found through each of
 * its unique indexes (before the commit was fenced off from writes being applied, a commit for one
 * connection could save another's document without its index entries; DurableH2Backend).
 */
class CrashDurabilityTest {

    private static final int KILL_AFTER_ACKS = 300;

    @TempDir
    Path dataDir;

    @Test
    void acknowledgedWritesSurviveAKillDashNine() throws Exception {
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingWriter.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Set<Integer> acknowledged = new HashSet<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged.size() < KILL_AFTER_ACKS && (line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acknowledged.add(Integer.parseInt(line.substring(4).trim()));
                }
            }
        } finally {
            writer.destroyForcibly(); // SIGKILL: no shutdown hook, no final commit
        }
        writer.waitFor();
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(KILL_AFTER_ACKS);

        try (EmbeddedMongoStore reopened = EmbeddedMongoStore.start(dataDir);
             MongoClient client = MongoClients.create(reopened.connectionString("crash"))) {
            MongoCollection<Document> acks = client.getDatabase("crash").getCollection(CrashingWriter.COLLECTION);
            Set<Integer> stored = new HashSet<>();
            acks.find().forEach(document -> {
                stored.add(document.getInteger("_id"));
                for (String unique : List.of("first", "second")) {
                    // A query on exactly a unique index's field is answered from that index.
                    assertThat(acks.find(new Document(unique, document.get(unique))).first())
                            .as("document %s through its unique index on %s", document, unique).isEqualTo(document);
                }
            });
            assertThat(stored).containsAll(acknowledged);
            for (int number : acknowledged) {
                assertThat(acks.find(new Document("_id", number)).first().getString("first"))
                        .as("the acknowledged update of %d", number).isEqualTo("first-" + number + "-updated");
            }
        }
    }
}
