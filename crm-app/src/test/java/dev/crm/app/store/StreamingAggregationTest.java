package dev.crm.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store's aggregations read collections as streams (StreamingH2Database): the
 * answers are those of the stock server, on a fresh store and on one reopened from its file, and
 * the collection maps are the stock ones (a drop is seen after a restart).
 */
class StreamingAggregationTest {

    @TempDir
    Path dataDir;

    @Test
    void pipelinesAnswerFromAStreamedCollectionBeforeAndAfterARestart() {
        inStore(db -> {
            MongoCollection<Document> facts = db.getCollection("facts");
            List<Document> documents = new ArrayList<>();
            IntStream.range(0, 3_000).forEach(i -> documents.add(new Document("_id", i)
                    .append("channel", i % 3 == 0 ? "PHONE" : "WECHAT").append("n", i)));
            facts.insertMany(documents);
            db.getCollection("channels").insertMany(List.of(new Document("_id", "PHONE").append("label", "Phone"),
                    new Document("_id", "WECHAT").append("label", "WeChat")));
            assertThat(perChannel(db)).containsExactly(
                    new Document("_id", "PHONE").append("count", 334).append("sum", 166_833).append("label", "Phone"),
                    new Document("_id", "WECHAT").append("count", 666).append("sum", 332_667).append("label", "WeChat"));
        });

        inStore(db -> {
            assertThat(perChannel(db)).extracting(row -> row.getInteger("count")).containsExactly(334, 666);
            // Natural order and a $limit over the stream: the first documents by key.
            List<Document> firstThree = db.getCollection("facts")
                    .aggregate(List.of(new Document("$limit", 3))).into(new ArrayList<>());
            assertThat(firstThree).extracting(row -> row.getInteger("_id")).containsExactly(0, 1, 2);
            db.getCollection("channels").drop();
        });

        inStore(db -> {
            assertThat(db.listCollectionNames().into(new ArrayList<>())).contains("facts").doesNotContain("channels");
            assertThat(db.getCollection("channels").countDocuments()).isZero();
            assertThat(db.getCollection("facts").countDocuments()).isEqualTo(3_000);
            assertThat(db.getCollection("facts").aggregate(List.of(
                    new Document("$match", new Document("n", new Document("$gte", 2_990))),
                    new Document("$count", "n"))).first()).isEqualTo(new Document("n", 10));
        });
    }

    @Test
    void uniqueIndexesStillGuardAndServeCollectionsOpenedFromTheFile() {
        inStore(db -> {
            MongoCollection<Document> members = db.getCollection("members");
            members.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            members.insertOne(new Document("code", "M-1"));
        });
        inStore(db -> {
            MongoCollection<Document> members = db.getCollection("members");
            boolean refused = false;
            try {
                members.insertOne(new Document("code", "M-1"));
            } catch (com.mongodb.MongoWriteException duplicate) {
                refused = duplicate.getError().getCode() == 11000;
            }
            assertThat(refused).as("duplicate key refused after reopening").isTrue();
            assertThat(members.find(new Document("code", "M-1")).into(new ArrayList<>())).hasSize(1);
        });
    }

    /** Counts and sums per channel, labelled through a $lookup, sorted by channel. */
    private static List<Document> perChannel(MongoDatabase db) {
        return db.getCollection("facts").aggregate(List.of(
                new Document("$match", new Document("n", new Document("$lt", 1_000))),
                new Document("$group", new Document("_id", "$channel").append("count", new Document("$sum", 1))
                        .append("sum", new Document("$sum", "$n"))),
                new Document("$lookup", new Document("from", "channels").append("localField", "_id")
                        .append("foreignField", "_id").append("as", "c")),
                new Document("$project", new Document("count", 1).append("sum", 1)
                        .append("label", new Document("$arrayElemAt", List.of("$c.label", 0)))),
                new Document("$sort", new Document("_id", 1)))).into(new ArrayList<>());
    }

    private void inStore(Consumer<MongoDatabase> work) {
        try (EmbeddedMongoStore store = EmbeddedMongoStore.start(dataDir);
             MongoClient client = MongoClients.create(store.connectionString("crm"))) {
            work.accept(client.getDatabase("crm"));
        }
    }
}
