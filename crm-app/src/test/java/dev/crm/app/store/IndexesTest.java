package dev.crm.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiIntegrationTest;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Indexes declared on the documents exist once the application has started, before any write. */
class IndexesTest extends ApiIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void uniqueAndQueryIndexesOfTheCoreCollectionsAreCreatedAtStart() {
        assertThat(index("staff_accounts", "username").getBoolean("unique")).isTrue();
        Document dedupe = index("outbound_messages", "dedupeKey");
        assertThat(dedupe.getBoolean("unique")).isTrue();
        assertThat(dedupe.getBoolean("sparse")).isTrue();
        assertThat(indexNames("outbound_messages")).contains("due");
        assertThat(indexNames("audit_log")).contains("record_history");
        assertThat(indexNames("complaints")).contains("next_due", "queue", "kpi_received", "kpi_owner_received");
        assertThat(indexNames("surveys")).contains("kpi_answered_at");
        assertThat(indexNames("kpi_reports")).contains("newest_first");
    }

    @Test
    void onTheEmbeddedStoreVersionedSavesAreServedByAUniqueIdVersionIndex() {
        Document index = indexes("complaints").stream()
                .filter(candidate -> "embedded_id_version".equals(candidate.getString("name")))
                .findFirst().orElseThrow();

        assertThat(index.get("key", Document.class).keySet()).containsExactly("_id", "version");
        assertThat(index.getBoolean("unique")).isTrue();
        assertThat(indexNames("staff_accounts")).contains("embedded_id_version");
    }

    private Document index(String collection, String field) {
        return indexes(collection).stream()
                .filter(index -> index.get("key", Document.class).containsKey(field))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no index on " + collection + "." + field));
    }

    private List<String> indexNames(String collection) {
        return indexes(collection).stream().map(index -> index.getString("name")).toList();
    }

    private List<Document> indexes(String collection) {
        return mongo.getCollection(collection).listIndexes().into(new java.util.ArrayList<>());
    }
}
