package dev.crm.app.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import java.util.stream.Stream;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * An H2 database of mongo-java-server whose aggregations read their collection as a stream.
 * <p>The stock server feeds every pipeline from {@code queryAll()}, which first copies every
 * document of the collection into one list: a KPI pipeline over a million complaint facts then
 * holds the whole collection, deserialised, on the heap before its {@code $match} drops a single
 * one. Here the stages pull the documents one by one from the MVStore map (a consistent snapshot,
 * as MVMap iteration always is), so memory follows what the stages keep, not the collection.
 */
final class StreamingH2Database extends H2Database {

    // The names H2Database gives a collection's maps: data and metadata must stay where it left them.
    private static final String DATA_MAP_PREFIX = "databases.";
    private static final String META_MAP_PREFIX = "meta.";

    private final MVStore store;

    StreamingH2Database(String databaseName, MVStore store, CursorRegistry cursors) {
        // The super constructor opens the existing collections through openOrCreateCollection,
        // before this.store is set; initializeNamespacesAndIndexes below waits until it is.
        super(databaseName, store, cursors);
        this.store = store;
        super.initializeNamespacesAndIndexes();
    }

    @Override
    protected void initializeNamespacesAndIndexes() {
        if (store != null) {
            super.initializeNamespacesAndIndexes();
        }
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String fullName = getFullCollectionNamespace(collectionName);
        MVMap<Object, Document> data = store.openMap(DATA_MAP_PREFIX + fullName);
        MVMap<String, Object> meta = store.openMap(META_MAP_PREFIX + fullName);
        return new StreamingCollection(this, collectionName, options, data, meta, cursorRegistry);
    }

    private static final class StreamingCollection extends H2Collection {

        StreamingCollection(MongoDatabase database, String name, CollectionOptions options,
                            MVMap<Object, Document> data, MVMap<String, Object> meta, CursorRegistry cursors) {
            super(database, name, options, data, meta, cursors);
        }

        /** In key order, like the copy it replaces, without making the copy. */
        @Override
        public Stream<Document> queryAllAsStream() {
            return streamAllDocumentsWithPosition().map(DocumentWithPosition::getDocument);
        }
    }
}
