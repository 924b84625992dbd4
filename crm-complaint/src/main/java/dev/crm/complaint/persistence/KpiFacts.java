package dev.crm.complaint.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.complaint.api.ComplaintState;
import dev.crm.complaint.api.Milestone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The KPI read model: one small document per complaint in {@code complaint_kpi_facts} holding only
 * what the KPI pipelines read (receipt, resolution, the two SLA milestones' clocks, grouping fields,
 * transitions as {@code {to, at}}). A complaint document carries its messages, SLA events and notes
 * (~4 KB); the pipelines scanning these facts instead read a tenth of that, which is what a scan
 * costs on the embedded store and what the working set costs on MongoDB.
 *
 * <p>Written after every save of a complaint (the saved document is the source), guarded by the
 * complaint's version so a late write of an older version never replaces a newer fact. The
 * complaint is the record of truth: a fact missing or behind it (a crash between the two writes,
 * or a deployment that predates this collection) is rebuilt by {@link #catchUp()}.
 */
@Component
public class KpiFacts implements SmartInitializingSingleton {

    public static final String FACTS = "complaint_kpi_facts";
    private static final Logger log = LoggerFactory.getLogger(KpiFacts.class);
    private static final int BATCH = 1_000;

    private final MongoOperations mongo;

    KpiFacts(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** What a catch-up found: complaints read, and facts written because they were missing or behind. */
    public record CatchUp(long complaints, long written) {
    }

    /** Indexes for the pipelines' {@code $match} stages on MongoDB; {@code number} for the surveys' lookup. */
    @Override
    public void afterSingletonsInstantiated() {
        var indexes = mongo.indexOps(FACTS);
        // For the compare-and-set in record(): MongoDB serves it from _id alone; the embedded store
        // looks a query up only when its fields are exactly those of a unique index.
        indexes.createIndex(new Index().on("_id", Sort.Direction.ASC).on("v", Sort.Direction.ASC).unique()
                .named("kpi_fact_version"));
        indexes.createIndex(new Index().on("number", Sort.Direction.ASC).unique().named("kpi_fact_number"));
        indexes.createIndex(new Index().on("receivedAt", Sort.Direction.ASC).named("kpi_fact_received"));
        indexes.createIndex(new Index().on("owner", Sort.Direction.ASC).on("receivedAt", Sort.Direction.ASC)
                .named("kpi_fact_owner_received"));
        // The backlog: open now, or changed since the moment asked about.
        indexes.createIndex(new Index().on("state", Sort.Direction.ASC).named("kpi_fact_state"));
        indexes.createIndex(new Index().on("transitions.at", Sort.Direction.ASC).named("kpi_fact_transition_at"));
    }

    /**
     * Writes the fact of a complaint document as saved, unless a newer version's fact is already
     * there. Compare-and-set on {@code {_id, v}}: every query here names exactly the fields of a
     * unique index, so the embedded store looks them up instead of scanning the collection.
     */
    public void record(Document complaint) {
        Document fact = factOf(complaint);
        Object id = fact.get("_id");
        long version = fact.getLong("v");
        for (int attempt = 0; attempt < 10; attempt++) {
            Query byId = Query.query(where("_id").is(id));
            byId.fields().include("v");
            Document current = mongo.findOne(byId, Document.class, FACTS);
            if (current == null) {
                try {
                    mongo.insert(fact, FACTS);
                    return;
                } catch (DuplicateKeyException raced) {
                    continue;
                }
            }
            long currentVersion = versionOf(current.get("v"));
            if (currentVersion >= version) {
                return;
            }
            Query unchanged = Query.query(where("_id").is(id).and("v").is(currentVersion));
            if (mongo.findAndReplace(unchanged, fact, FACTS) != null) {
                return;
            }
        }
        // Ten writers in a row overtook this one: theirs are newer, and the catch-up would mend it anyway.
        log.warn("KPI fact of {} not written at version {}: it kept changing", id, version);
    }

    /**
     * Rebuilds every fact that is missing or behind its complaint. Reads the complaints' ids and
     * versions in batches and looks their facts up by {@code _id}, so memory stays bounded.
     */
    public CatchUp catchUp() {
        Query idsAndVersions = new Query();
        idsAndVersions.fields().include("_id").include("version");
        long complaints = 0;
        long written = 0;
        Map<Object, Long> batch = new HashMap<>();
        try (var stream = mongo.stream(idsAndVersions, Document.class, KpiAggregations.COMPLAINTS)) {
            var rows = stream.iterator();
            while (rows.hasNext()) {
                Document row = rows.next();
                batch.put(row.get("_id"), versionOf(row.get("version")));
                complaints++;
                if (batch.size() == BATCH) {
                    written += repair(batch);
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            written += repair(batch);
        }
        return new CatchUp(complaints, written);
    }

    private long repair(Map<Object, Long> versions) {
        Query facts = Query.query(where("_id").in(versions.keySet()));
        facts.fields().include("_id").include("v");
        Map<Object, Long> current = new HashMap<>();
        mongo.find(facts, Document.class, FACTS).forEach(fact -> current.put(fact.get("_id"), versionOf(fact.get("v"))));
        List<Object> behind = new ArrayList<>();
        versions.forEach((id, version) -> {
            Long factVersion = current.get(id);
            if (factVersion == null || factVersion < version) {
                behind.add(id);
            }
        });
        if (behind.isEmpty()) {
            return 0;
        }
        List<Document> missing = new ArrayList<>();
        for (Document complaint : mongo.find(Query.query(where("_id").in(behind)), Document.class,
                KpiAggregations.COMPLAINTS)) {
            if (current.containsKey(complaint.get("_id"))) {
                record(complaint);
            } else {
                missing.add(complaint);
            }
        }
        insertAll(missing);
        return behind.size();
    }

    /** Missing facts in one write (one disk commit on the embedded store); one by one if a save raced it. */
    private void insertAll(List<Document> complaints) {
        if (complaints.isEmpty()) {
            return;
        }
        try {
            mongo.getCollection(FACTS).insertMany(complaints.stream().map(KpiFacts::factOf).toList(),
                    new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException raced) {
            complaints.forEach(this::record);
        }
    }

    /** The fact of one complaint document; field names are the ones the pipelines read. */
    public static Document factOf(Document complaint) {
        Document fact = new Document("_id", complaint.get("_id"))
                .append("v", versionOf(complaint.get("version")))
                .append("number", complaint.get("number"))
                .append("receivedAt", complaint.get("receivedAt"))
                .append("resolvedAt", complaint.get("resolvedAt"))
                .append("state", complaint.get("state"))
                .append("type", complaint.get("type"))
                .append("grade", complaint.get("grade"))
                .append("channel", complaint.get("channel"))
                .append("owner", complaint.get("owner"));
        Object assignment = complaint.get("assignment");
        fact.append("department", assignment instanceof Document a ? a.get("department") : null);
        Object sla = complaint.get("sla");
        Document clocks = sla instanceof Document s ? s : new Document();
        fact.append("paused", clocks.get("pausedAt") != null)
                .append("fr", clock(clocks, Milestone.FIRST_RESPONSE))
                .append("rs", clock(clocks, Milestone.RESOLUTION))
                .append("repeat", complaint.get("repeatOf") != null);
        List<Document> transitions = new ArrayList<>();
        boolean reopened = false;
        for (Document transition : documents(complaint.get("transitions"))) {
            transitions.add(new Document("to", transition.get("to")).append("at", transition.get("at")));
            reopened |= ComplaintState.REOPENED.name().equals(transition.get("to"));
        }
        return fact.append("reopened", reopened).append("transitions", transitions);
    }

    /** The milestone's clock ({@code milestone, dueAt, metAt, breachedAt, pausable}), or null without a target. */
    private static Document clock(Document sla, Milestone milestone) {
        for (Document clock : documents(sla.get("milestones"))) {
            if (milestone.name().equals(clock.get("milestone"))) {
                return new Document("milestone", clock.get("milestone")).append("dueAt", clock.get("dueAt"))
                        .append("metAt", clock.get("metAt")).append("breachedAt", clock.get("breachedAt"))
                        .append("pausable", clock.get("pausable"));
            }
        }
        return null;
    }

    private static List<Document> documents(Object value) {
        List<Document> documents = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.stream().filter(Document.class::isInstance).map(Document.class::cast).forEach(documents::add);
        }
        return documents;
    }

    private static long versionOf(Object version) {
        return version == null ? 0 : ((Number) version).longValue();
    }
}
