package dev.crm.customer.persistence;

import dev.crm.core.api.ReportReads;
import dev.crm.customer.api.CustomerActivity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * Active customers and orders per interval, counted by one aggregation over {@code orders}: the
 * range match is served by the {@code orderedAt} index on MongoDB; each order is placed in its
 * interval by a binary search written as nested {@code $cond}s over the boundaries (portable to
 * any server version and to the embedded store, and exact at DST changes because the boundaries
 * are computed by the caller); customers are counted distinct per interval by grouping twice.
 */
@Component
public class OrderActivity implements CustomerActivity {

    private final MongoOperations mongo;
    private final ReportReads reads;

    OrderActivity(MongoOperations mongo, ReportReads reads) {
        this.mongo = mongo;
        this.reads = reads;
    }

    @Override
    public List<Activity> perInterval(List<Instant> boundaries) {
        if (boundaries.size() < 2) {
            throw new IllegalArgumentException("at least two boundaries are needed");
        }
        for (int i = 1; i < boundaries.size(); i++) {
            if (!boundaries.get(i).isAfter(boundaries.get(i - 1))) {
                throw new IllegalArgumentException("boundaries must be strictly increasing");
            }
        }
        int intervals = boundaries.size() - 1;
        List<Document> pipeline = List.of(
                new Document("$match", new Document("orderedAt", new Document("$gte", date(boundaries.get(0)))
                        .append("$lt", date(boundaries.get(intervals))))),
                new Document("$project", new Document("_id", 0).append("customerId", 1)
                        .append("i", intervalOf("$orderedAt", boundaries, 0, intervals - 1))),
                new Document("$group", new Document("_id", new Document("i", "$i").append("c", "$customerId"))
                        .append("orders", new Document("$sum", 1))),
                new Document("$group", new Document("_id", "$_id.i").append("customers", new Document("$sum", 1))
                        .append("orders", new Document("$sum", "$orders"))));
        long[] customers = new long[intervals];
        long[] orders = new long[intervals];
        // A report: it may read a secondary (ReportReads).
        for (Document row : reads.collection(mongo, "orders").aggregate(pipeline).allowDiskUse(true)) {
            int i = ((Number) row.get("_id")).intValue();
            customers[i] = ((Number) row.get("customers")).longValue();
            orders[i] = ((Number) row.get("orders")).longValue();
        }
        List<Activity> activity = new ArrayList<>(intervals);
        for (int i = 0; i < intervals; i++) {
            activity.add(new Activity(boundaries.get(i), boundaries.get(i + 1), customers[i], orders[i]));
        }
        return activity;
    }

    /** The index {@code i} with {@code boundaries[i] <= field < boundaries[i + 1]}, for i in [lo, hi]. */
    private static Object intervalOf(String field, List<Instant> boundaries, int lo, int hi) {
        if (lo == hi) {
            // $literal: a bare 0 or 1 at the top of a $project would read as exclude / include.
            return new Document("$literal", lo);
        }
        int mid = (lo + hi + 1) / 2;
        return new Document("$cond", List.of(new Document("$lt", List.of(field, date(boundaries.get(mid)))),
                intervalOf(field, boundaries, lo, mid - 1), intervalOf(field, boundaries, mid, hi)));
    }

    private static Date date(Instant instant) {
        return Date.from(instant);
    }
}
