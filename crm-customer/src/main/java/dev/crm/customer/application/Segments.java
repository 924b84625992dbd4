package dev.crm.customer.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.ResultPage;
import dev.crm.customer.domain.Customer;
import dev.crm.customer.domain.CustomerClustering;
import dev.crm.customer.domain.CustomerClustering.Feature;
import dev.crm.customer.domain.CustomerClustering.Group;
import dev.crm.customer.domain.CustomerValue;
import dev.crm.customer.domain.Segment;
import dev.crm.customer.domain.SegmentCondition;
import dev.crm.customer.persistence.SegmentMembers;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Rule-based segments and k-means clusters of customers, with member counts, lists and export. */
@Service
public class Segments {

    private static final long CLUSTER_SEED = 20_260_630L;
    private static final int BATCH = 1000;

    private final MongoOperations mongo;
    private final SegmentMembers members;
    private final AuditLog auditLog;
    private final Clock clock;

    Segments(MongoOperations mongo, SegmentMembers members, AuditLog auditLog, Clock clock) {
        this.mongo = mongo;
        this.members = members;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Segment define(String name, String description, List<SegmentCondition> conditions, String by) {
        Segment segment = mongo.insert(Segment.byRules(name, description, conditions, by, clock.instant()));
        auditLog.record(AuditEvent.of(by, "segment.defined", "Segment", segment.id()));
        return segment;
    }

    public Segment get(String id) {
        Segment segment = mongo.findById(id, Segment.class);
        if (segment == null) {
            throw new RecordNotFoundException("segment", id);
        }
        return segment;
    }

    /** Current segments (clusters of earlier runs are superseded and left out). */
    public ResultPage<Segment> list(PageQuery page) {
        Query query = Query.query(where("superseded").is(false));
        long total = mongo.count(query, Segment.class);
        query.with(Sort.by("createdAt", "_id")).skip(page.offset()).limit(page.size());
        return new ResultPage<>(mongo.find(query, Segment.class), page.page(), page.size(), total);
    }

    public long memberCount(Segment segment) {
        return members.count(segment);
    }

    public ResultPage<Customer> members(String id, PageQuery page) {
        Segment segment = get(id);
        return new ResultPage<>(members.page(segment, page.offset(), page.size()), page.page(), page.size(),
                members.count(segment));
    }

    /** Hands every member to {@code sink} in id order without holding them all in memory. */
    public void export(String id, String by, Consumer<Customer> sink) {
        Segment segment = get(id);
        auditLog.record(AuditEvent.of(by, "segment.exported", "Segment", id));
        try (Stream<Customer> all = members.stream(segment)) {
            all.forEach(sink);
        }
    }

    public void delete(String id, String by) {
        Segment segment = get(id);
        mongo.remove(segment);
        auditLog.record(AuditEvent.of(by, "segment.deleted", "Segment", id));
    }

    /**
     * Clusters every scored customer having all the features into {@code k} segments, which
     * replace the clusters of the previous run.
     */
    public List<Segment> cluster(int k, List<String> featureNames, String by) {
        List<Feature> features = features(featureNames);
        List<String> ids = new ArrayList<>();
        List<double[]> points = new ArrayList<>();
        Query scored = Query.query(where("value").ne(null).and("erasedAt").is(null));
        scored.fields().include("_id", "value");
        try (Stream<Customer> customers = mongo.stream(scored, Customer.class)) {
            customers.forEach(customer -> {
                double[] point = point(customer.getValue(), features);
                if (point != null) {
                    ids.add(customer.getId());
                    points.add(point);
                }
            });
        }
        CustomerClustering.check(k, features, points.size());
        List<Group> groups = CustomerClustering.cluster(points, features, k, CLUSTER_SEED);
        String runId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        List<String> featureApiNames = features.stream().map(Feature::apiName).toList();
        mongo.updateMulti(Query.query(where("kind").is(Segment.Kind.CLUSTER).and("superseded").is(false)),
                new Update().set("superseded", true), Segment.class);
        List<Segment> segments = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            Map<String, Double> centroid = new LinkedHashMap<>();
            for (int d = 0; d < features.size(); d++) {
                centroid.put(featureApiNames.get(d), Math.round(group.centroid()[d] * 100) / 100.0);
            }
            Segment segment = mongo.insert(Segment.ofCluster("Cluster " + (g + 1) + " of " + groups.size(),
                    new Segment.Cluster(runId, g + 1, groups.size(), featureApiNames, centroid), by, now));
            segments.add(segment);
            assign(segment.id(), group.members(), ids);
        }
        auditLog.record(AuditEvent.of(by, "segment.clustered", "Segment", runId));
        return segments;
    }

    private void assign(String segmentId, int[] memberIndexes, List<String> ids) {
        for (int from = 0; from < memberIndexes.length; from += BATCH) {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Customer.class);
            for (int i = from; i < Math.min(memberIndexes.length, from + BATCH); i++) {
                bulk.updateOne(Query.query(where("_id").is(ids.get(memberIndexes[i]))),
                        new Update().set("value.cluster", segmentId));
            }
            bulk.execute();
        }
    }

    private static double[] point(CustomerValue value, List<Feature> features) {
        double[] point = new double[features.size()];
        for (int d = 0; d < features.size(); d++) {
            Double feature = features.get(d).of(value);
            if (feature == null) {
                return null;
            }
            point[d] = feature;
        }
        return point;
    }

    private static List<Feature> features(List<String> names) {
        List<String> requested = names == null || names.isEmpty()
                ? List.of("recencyDays", "frequency", "monetary") : names;
        List<Feature> features = new ArrayList<>();
        List<FieldViolation> faults = new ArrayList<>();
        for (String name : requested) {
            Feature feature = Feature.byApiName(name);
            if (feature == null) {
                faults.add(new FieldViolation("features", "unknown feature " + name + "; one of recencyDays, "
                        + "frequency, monetary, historicClv, predictedClv, probabilityAlive"));
            } else if (!features.contains(feature)) {
                features.add(feature);
            }
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        return features;
    }
}
