package dev.crm.customer.domain;

import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A group of customers (DOMAIN §2, 004 §2.1): either by rules on profile and value fields, all
 * of which must hold, or a cluster found by k-means on RFM/CLV features, whose members carry
 * the segment's id in their value snapshot.
 */
@Document("segments")
public record Segment(@Id String id, String name, String description, Kind kind, List<SegmentCondition> conditions,
                      Cluster cluster, boolean superseded, Instant createdAt, String createdBy) {

    public static final int MAX_CONDITIONS = 20;

    public enum Kind {
        RULES, CLUSTER
    }

    /**
     * Where a cluster sits: its centroid in the features' own units, and the run that found it.
     */
    public record Cluster(String runId, int index, int of, List<String> features, Map<String, Double> centroid) {
    }

    public static Segment byRules(String name, String description, List<SegmentCondition> conditions, String by,
                                  Instant at) {
        List<FieldViolation> faults = new ArrayList<>();
        if (name == null || name.isBlank()) {
            faults.add(new FieldViolation("name", "must not be blank"));
        }
        if (conditions == null || conditions.isEmpty()) {
            faults.add(new FieldViolation("conditions", "at least one condition"));
        } else if (conditions.size() > MAX_CONDITIONS) {
            faults.add(new FieldViolation("conditions", "at most " + MAX_CONDITIONS + " conditions"));
        } else {
            for (int i = 0; i < conditions.size(); i++) {
                SegmentCondition condition = conditions.get(i);
                if (condition == null) {
                    faults.add(new FieldViolation("conditions[" + i + "]", "must not be null"));
                } else {
                    faults.addAll(condition.check("conditions[" + i + "]"));
                }
            }
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        return new Segment(null, name.strip(), description, Kind.RULES, List.copyOf(conditions), null, false, at, by);
    }

    public static Segment ofCluster(String name, Cluster cluster, String by, Instant at) {
        return new Segment(null, name, null, Kind.CLUSTER, List.of(), cluster, false, at, by);
    }
}
