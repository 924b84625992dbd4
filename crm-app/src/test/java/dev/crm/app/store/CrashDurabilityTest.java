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
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write the embedded store acknowledged survives a SIGKILL of the process that holds it. */
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
            MongoCollection<Document> acks = client.getDatabase("crash").getCollection("acks");
            Set<Integer> stored = new HashSet<>();
            acks.find().forEach(document -> stored.add(document.getInteger("_id")));
            assertThat(stored).containsAll(acknowledged);
        }
    }
}
