package dev.crm.core.api;

import com.mongodb.ReadPreference;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Where report queries (KPIs, activity figures, member counts) read from. On a replica set they
 * may go to a secondary, so a month's figures do not compete with the writes of the case work;
 * everything else reads the primary. Configured by {@code crm.reports.read-preference}.
 */
public interface ReportReads {

    ReadPreference preference();

    /** A collection to run a report on: reads with {@link #preference()}. */
    default MongoCollection<Document> collection(MongoOperations mongo, String name) {
        return mongo.getCollection(name).withReadPreference(preference());
    }
}
