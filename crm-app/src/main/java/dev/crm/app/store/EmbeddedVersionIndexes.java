package dev.crm.app.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;

/**
 * Embedded store only. mongo-java-server answers a query from an index only when the query's fields
 * are exactly the fields of a unique index; every other query scans the collection. A versioned
 * save queries {@code {_id, version}}, so without help each save of an aggregate scans its whole
 * collection. A unique index on exactly those two fields turns it into a lookup. A real MongoDB
 * serves that query from {@code _id} and does not get this index.
 */
final class EmbeddedVersionIndexes {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedVersionIndexes.class);
    static final String NAME = "embedded_id_version";

    private EmbeddedVersionIndexes() {
    }

    static void ensure(MongoOperations mongo, MongoMappingContext mappingContext) {
        for (MongoPersistentEntity<?> entity : mappingContext.getPersistentEntities()) {
            if (entity.getType().getPackageName().startsWith("dev.crm") && entity.hasVersionProperty()) {
                String versionField = entity.getRequiredVersionProperty().getFieldName();
                mongo.indexOps(entity.getCollection()).createIndex(new Index()
                        .on("_id", Sort.Direction.ASC).on(versionField, Sort.Direction.ASC).unique().named(NAME));
                log.debug("Versioned saves to {} are served by an index", entity.getCollection());
            }
        }
    }
}
