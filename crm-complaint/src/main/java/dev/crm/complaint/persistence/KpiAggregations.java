package dev.crm.complaint.persistence;

import dev.crm.complaint.api.ComplaintState;
import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.api.Grade;
import dev.crm.complaint.domain.Backlog;
import dev.crm.complaint.domain.ComplaintCounts;
import dev.crm.complaint.domain.KpiBucket;
import dev.crm.complaint.domain.KpiDimension;
import dev.crm.complaint.domain.KpiFigures;
import dev.crm.complaint.domain.SurveyCounts;
import dev.crm.core.api.ReportReads;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * The KPI aggregation pipelines (DOMAIN.md §1.11). Each starts with a {@code $match} on an indexed
 * range ({@code complaint_kpi_facts.receivedAt}, {@code surveys.answeredAt}), projects each document
 * down to a few numbers, and groups by bucket and group on the server; only the grouped counts come
 * back. Complaints are read through their KPI facts ({@link KpiFacts}), not the complaint documents.
 *
 * <p>Portability: the pipelines use only stages and operators that MongoDB 4.4+ and the embedded
 * store (mongo-java-server) both have. A document is placed in its bucket by a binary search over
 * the bucket edges written as nested {@code $cond}s (the edges are computed in Java in the business
 * zone, so DST days are exact; {@code $dateTrunc} would need MongoDB 5 and is missing from the
 * embedded store). Percentiles use nearest rank: the durations alone are sorted and
 * {@code $push}ed per group, then the value at rank ⌈p·n⌉ is picked ({@code $percentile} needs
 * MongoDB 7 and is approximate there).
 */
@Component
public class KpiAggregations {

    /** Written by the survey module part of crm-complaint; read here by its field names only. */
    public static final String SURVEYS = "surveys";
    static final String COMPLAINTS = "complaints";
    private static final String POST_RESOLUTION = "POST_RESOLUTION";
    private static final List<String> CLOSED = List.of(ComplaintState.CLOSED.name(), ComplaintState.ARCHIVED.name());

    private final MongoOperations mongo;
    private final ReportReads reads;

    KpiAggregations(MongoOperations mongo, ReportReads reads) {
        this.mongo = mongo;
        this.reads = reads;
    }


    /** A bucket's index and a group's value (null: not broken down, or no value). */
    public record Cell(int bucket, String group) {
    }

    /**
     * Counts over the complaints received in the buckets.
     *
     * @param owner only this owner's complaints, or all when null
     * @param now   milestones past their deadline by then count as decided
     */
    public Map<Cell, ComplaintCounts> complaints(List<KpiBucket> buckets, KpiDimension groupBy, String owner,
                                                 Instant now) {
        List<Instant> edges = edges(buckets);
        Document match = new Document("receivedAt", range(edges));
        if (owner != null) {
            match.append("owner", owner);
        }
        // The facts carry each milestone's clock as fr / rs and the flags ready-made (KpiFacts).
        Document measures = new Document("_id", 0)
                .append("b", bucketOf("$receivedAt", edges))
                .append("g", groupBy == null ? new Document("$literal", null)
                        : new Document("$ifNull", Arrays.asList(complaintField(groupBy), null)))
                .append("type", 1)
                .append("frDue", flag(decided("$fr", now))).append("frMet", flag(metInTime("$fr")))
                .append("rsDue", flag(decided("$rs", now))).append("rsMet", flag(metInTime("$rs")))
                .append("responseMs", new Document("$cond", Arrays.asList(exists("$fr.metAt"),
                        new Document("$subtract", List.of("$fr.metAt", "$receivedAt")), null)))
                .append("resolutionMs", new Document("$cond", Arrays.asList(exists("$resolvedAt"),
                        new Document("$subtract", List.of("$resolvedAt", "$receivedAt")), null)))
                .append("resolved", flag(exists("$resolvedAt")))
                .append("repeat", flag(new Document("$eq", List.of("$repeat", true))))
                .append("reopened", flag(new Document("$eq", List.of("$reopened", true))));
        Document cell = new Document("b", "$b").append("g", "$g");
        Document counts = new Document("$group", new Document("_id", cell)
                .append("complaints", sum(1))
                .append("frDue", sum("$frDue")).append("frMet", sum("$frMet"))
                .append("rsDue", sum("$rsDue")).append("rsMet", sum("$rsMet"))
                .append("responseCount", sum(flag(exists("$responseMs")))).append("responseSum", sum("$responseMs"))
                .append("resolutionCount", sum(flag(exists("$resolutionMs"))))
                .append("resolutionSum", sum("$resolutionMs"))
                .append("repeats", sum("$repeat")).append("resolved", sum("$resolved"))
                .append("reopened", sum("$reopened")));
        List<Document> types = List.of(
                new Document("$match", new Document("type", new Document("$ne", null))),
                new Document("$group", new Document("_id", new Document("b", "$b").append("g", "$g").append("t", "$type"))
                        .append("n", sum(1))),
                new Document("$sort", new Document("n", -1).append("_id.t", 1)),
                new Document("$group", new Document("_id", new Document("b", "$_id.b").append("g", "$_id.g"))
                        .append("types", new Document("$push", new Document("type", "$_id.t").append("count", "$n")))),
                new Document("$project", new Document("types", new Document("$slice",
                        List.of("$types", KpiFigures.TOP_TYPES)))));
        List<Document> pipeline = List.of(
                new Document("$match", match),
                new Document("$project", measures),
                new Document("$facet", new Document("counts", List.of(counts))
                        .append("response", percentiles("responseMs"))
                        .append("resolution", percentiles("resolutionMs"))
                        .append("types", types)));
        Document result = reads.collection(mongo, KpiFacts.FACTS).aggregate(pipeline).allowDiskUse(true).first();
        Map<Cell, ComplaintCounts> byCell = new HashMap<>();
        if (result == null) {
            return byCell;
        }
        for (Document row : result.getList("counts", Document.class)) {
            byCell.put(cellOf(row), new ComplaintCounts(count(row, "complaints"), count(row, "frDue"),
                    count(row, "frMet"), count(row, "rsDue"), count(row, "rsMet"),
                    new ComplaintCounts.Durations(count(row, "responseCount"), count(row, "responseSum"), null, null),
                    new ComplaintCounts.Durations(count(row, "resolutionCount"), count(row, "resolutionSum"), null,
                            null),
                    count(row, "repeats"), count(row, "resolved"), count(row, "reopened"), List.of()));
        }
        Map<Cell, Document> response = byCell(result.getList("response", Document.class));
        Map<Cell, Document> resolution = byCell(result.getList("resolution", Document.class));
        Map<Cell, Document> topTypes = byCell(result.getList("types", Document.class));
        byCell.replaceAll((key, tally) -> tally
                .withDurations(withRanks(tally.responseTime(), response.get(key)),
                        withRanks(tally.resolutionTime(), resolution.get(key)))
                .withTopTypes(topTypes.containsKey(key) ? typeCounts(topTypes.get(key)) : List.of()));
        return byCell;
    }

    /** Counts over the surveys answered in the buckets. */
    public Map<Cell, SurveyCounts> surveys(List<KpiBucket> buckets, KpiDimension groupBy, String agent) {
        List<Instant> edges = edges(buckets);
        Document match = new Document("answeredAt", range(edges));
        if (agent != null) {
            match.append("agent", agent);
        }
        List<Document> pipeline = new ArrayList<>();
        pipeline.add(new Document("$match", match));
        if (groupBy == KpiDimension.TYPE || groupBy == KpiDimension.GRADE) {
            // Surveys carry channel, department and agent; type and grade are the complaint's (unique number).
            pipeline.add(new Document("$lookup", new Document("from", KpiFacts.FACTS)
                    .append("localField", "complaintNumber").append("foreignField", "number").append("as", "c")));
        }
        Document narrow = new Document("_id", 0)
                .append("b", bucketOf("$answeredAt", edges))
                .append("kind", 1)
                .append("csat", new Document("$ifNull", Arrays.asList("$csat", null)))
                .append("nps", new Document("$ifNull", Arrays.asList("$nps", null)));
        if (groupBy != null) {
            narrow.append("g", new Document("$ifNull", Arrays.asList(surveyField(groupBy), null)));
        }
        pipeline.add(new Document("$project", narrow));
        Document hasCsat = exists("$csat");
        Document satisfied = new Document("$and", List.of(hasCsat, new Document("$gte", List.of("$csat", 4))));
        Document postResolution = new Document("$eq", List.of("$kind", POST_RESOLUTION));
        Document hasNps = exists("$nps");
        pipeline.add(new Document("$group", new Document("_id", new Document("b", "$b").append("g", "$g"))
                .append("csatAnswered", sum(flag(hasCsat)))
                .append("csatSum", sum("$csat"))
                .append("satisfied", sum(flag(satisfied)))
                .append("handlingAnswered", sum(flag(new Document("$and", List.of(postResolution, hasCsat)))))
                .append("handlingSatisfied", sum(flag(new Document("$and", List.of(postResolution, satisfied)))))
                .append("npsAnswered", sum(flag(hasNps)))
                .append("promoters", sum(flag(new Document("$and", List.of(hasNps,
                        new Document("$gte", List.of("$nps", 9)))))))
                .append("detractors", sum(flag(new Document("$and", List.of(hasNps,
                        new Document("$lte", List.of("$nps", 6)))))))));
        Map<Cell, SurveyCounts> byCell = new HashMap<>();
        for (Document row : reads.collection(mongo, SURVEYS).aggregate(pipeline).allowDiskUse(true)) {
            byCell.put(cellOf(row), new SurveyCounts(count(row, "csatAnswered"), count(row, "csatSum"),
                    count(row, "satisfied"), count(row, "handlingAnswered"), count(row, "handlingSatisfied"),
                    count(row, "npsAnswered"), count(row, "promoters"), count(row, "detractors")));
        }
        return byCell;
    }

    /**
     * Complaints open at {@code asOf}: received before it, and in a state other than closed or
     * archived by their last transition before it — so a complaint closed since counts, and one
     * reopened since a close does not. Only complaints open now or touched after {@code asOf} can
     * qualify, which keeps the scan short when {@code asOf} is now. By group (null key when not
     * broken down) and the complaint's current grade.
     */
    public Map<String, Map<Grade, Backlog.Row>> backlog(Instant asOf, KpiDimension groupBy, String owner) {
        Date at = Date.from(asOf);
        Document match = new Document("receivedAt", new Document("$lt", at))
                .append("$or", List.of(new Document("state", new Document("$nin", CLOSED)),
                        new Document("transitions.at", new Document("$gte", at))));
        if (owner != null) {
            match.append("owner", owner);
        }
        Document narrow = new Document("_id", 0)
                .append("grade", new Document("$ifNull", Arrays.asList("$grade", null)))
                .append("receivedAt", 1)
                .append("then", new Document("$arrayElemAt", List.of(new Document("$filter", new Document("input",
                        new Document("$ifNull", Arrays.asList("$transitions", List.of())))
                        .append("as", "t").append("cond", new Document("$lt", List.of("$$t.at", at)))), -1)));
        if (groupBy != null) {
            narrow.append("g", new Document("$ifNull", Arrays.asList(complaintField(groupBy), null)));
        }
        Document age = new Document("$subtract", List.of(at, "$receivedAt"));
        long day = Backlog.ONE_DAY.toMillis();
        long threeDays = Backlog.THREE_DAYS.toMillis();
        long sevenDays = Backlog.SEVEN_DAYS.toMillis();
        List<Document> pipeline = List.of(
                new Document("$match", match),
                new Document("$project", narrow),
                new Document("$match", new Document("then.to", new Document("$nin", CLOSED))),
                new Document("$project", new Document("g", 1).append("grade", 1).append("age", age)),
                new Document("$group", new Document("_id", new Document("g", "$g").append("grade", "$grade"))
                        .append("under1", sum(flag(new Document("$lt", List.of("$age", day)))))
                        .append("from1to3", sum(flag(between("$age", day, threeDays))))
                        .append("from3to7", sum(flag(between("$age", threeDays, sevenDays))))
                        .append("over7", sum(flag(new Document("$gte", List.of("$age", sevenDays)))))
                        .append("total", sum(1))));
        Map<String, Map<Grade, Backlog.Row>> byGroup = new HashMap<>();
        for (Document row : reads.collection(mongo, KpiFacts.FACTS).aggregate(pipeline).allowDiskUse(true)) {
            Document id = row.get("_id", Document.class);
            Object gradeName = id == null ? null : id.get("grade");
            Grade grade = gradeName == null ? null : Grade.valueOf(gradeName.toString());
            Object group = id == null ? null : id.get("g");
            byGroup.computeIfAbsent(group == null ? null : group.toString(), key -> new HashMap<>())
                    .put(grade, new Backlog.Row(grade, count(row, "under1"), count(row, "from1to3"),
                            count(row, "from3to7"), count(row, "over7"), count(row, "total")));
        }
        return byGroup;
    }

    /** The field a complaint is grouped on. */
    private static String complaintField(KpiDimension dimension) {
        return switch (dimension) {
            case CHANNEL -> "$channel";
            case DEPARTMENT -> "$department";
            case TYPE -> "$type";
            case GRADE -> "$grade";
            case AGENT -> "$owner";
        };
    }

    /** The field a survey is grouped on: its own, or its complaint's (looked up as {@code c}). */
    private static Object surveyField(KpiDimension dimension) {
        return switch (dimension) {
            case CHANNEL -> "$channel";
            case DEPARTMENT -> "$department";
            case AGENT -> "$agent";
            case TYPE -> new Document("$arrayElemAt", List.of("$c.type", 0));
            case GRADE -> new Document("$arrayElemAt", List.of("$c.grade", 0));
        };
    }

    /**
     * A milestone counts towards compliance once it is decided: met, breached, or past its deadline
     * (a breach the escalation pass has not recorded yet) — unless the clock is paused for it.
     */
    private static Document decided(String clock, Instant now) {
        Document overdue = new Document("$and", List.of(exists(clock + ".dueAt"),
                new Document("$lte", List.of(clock + ".dueAt", Date.from(now))),
                new Document("$not", List.of(new Document("$and", List.of(new Document("$eq", List.of("$paused", true)),
                        new Document("$eq", List.of(clock + ".pausable", true))))))));
        return new Document("$and", List.of(exists(clock + ".milestone"), new Document("$or", List.of(
                exists(clock + ".metAt"), exists(clock + ".breachedAt"), overdue))));
    }

    /** Met and never breached: a breach is never reset, also when the milestone is met late. */
    private static Document metInTime(String clock) {
        return new Document("$and", List.of(exists(clock + ".metAt"),
                new Document("$not", List.of(exists(clock + ".breachedAt")))));
    }

    /**
     * Nearest-rank median and 90th percentile of one duration per bucket and group. One sort on the
     * duration alone: {@code $group} takes its input in that order, so every group's {@code $push}ed
     * array is sorted too (cheaper than sorting on bucket, group and duration).
     */
    private static List<Document> percentiles(String field) {
        return List.of(
                new Document("$match", new Document(field, new Document("$ne", null))),
                new Document("$project", new Document("_id", 0).append("b", 1).append("g", 1).append(field, 1)),
                new Document("$sort", new Document(field, 1)),
                new Document("$group", new Document("_id", new Document("b", "$b").append("g", "$g"))
                        .append("d", new Document("$push", "$" + field))),
                new Document("$project", new Document("median", new Document("$arrayElemAt",
                        List.of("$d", nearestRankIndex(50))))
                        .append("p90", new Document("$arrayElemAt", List.of("$d", nearestRankIndex(90))))));
    }

    /** ⌈p·n/100⌉ − 1 in integer arithmetic, as {@link ComplaintCounts.Durations#nearestRankIndex}. */
    private static Document nearestRankIndex(int percent) {
        Document n = new Document("$size", "$d");
        return new Document("$toInt", new Document("$subtract", List.of(new Document("$floor",
                new Document("$divide", List.of(new Document("$add", List.of(new Document("$multiply",
                        List.of(percent, n)), 99)), 100))), 1)));
    }

    /** The bucket index {@code i} with {@code edges[i] <= field < edges[i + 1]}: a binary search in $cond. */
    static Object bucketOf(String field, List<Instant> edges) {
        return bucketOf(field, edges, 0, edges.size() - 2);
    }

    private static Object bucketOf(String field, List<Instant> edges, int lo, int hi) {
        if (lo == hi) {
            // $literal: a bare 0 or 1 at the top of a $project would read as exclude / include.
            return new Document("$literal", lo);
        }
        int mid = (lo + hi + 1) / 2;
        return new Document("$cond", List.of(new Document("$lt", List.of(field, Date.from(edges.get(mid)))),
                bucketOf(field, edges, lo, mid - 1), bucketOf(field, edges, mid, hi)));
    }

    private static List<Instant> edges(List<KpiBucket> buckets) {
        if (buckets.isEmpty()) {
            throw new IllegalArgumentException("no buckets");
        }
        List<Instant> edges = new ArrayList<>();
        buckets.forEach(bucket -> edges.add(bucket.start()));
        edges.add(buckets.get(buckets.size() - 1).end());
        return edges;
    }

    private static Document range(List<Instant> edges) {
        return new Document("$gte", Date.from(edges.get(0))).append("$lt", Date.from(edges.get(edges.size() - 1)));
    }

    /** True when the value is neither missing nor null (a bare {@code $ne: null} is true for missing on MongoDB). */
    private static Document exists(String field) {
        return new Document("$ne", Arrays.asList(new Document("$ifNull", Arrays.asList(field, null)), null));
    }

    private static Document between(String field, long fromInclusive, long toExclusive) {
        return new Document("$and", List.of(new Document("$gte", List.of(field, fromInclusive)),
                new Document("$lt", List.of(field, toExclusive))));
    }

    private static Document flag(Object condition) {
        return new Document("$cond", List.of(condition, 1, 0));
    }

    private static Document sum(Object expression) {
        return new Document("$sum", expression);
    }

    private static Map<Cell, Document> byCell(List<Document> rows) {
        Map<Cell, Document> byCell = new HashMap<>();
        rows.forEach(row -> byCell.put(cellOf(row), row));
        return byCell;
    }

    private static Cell cellOf(Document row) {
        Document id = row.get("_id", Document.class);
        Object group = id.get("g");
        return new Cell(((Number) id.get("b")).intValue(), group == null ? null : group.toString());
    }

    private static ComplaintCounts.Durations withRanks(ComplaintCounts.Durations durations, Document ranks) {
        if (ranks == null) {
            return durations;
        }
        return new ComplaintCounts.Durations(durations.count(), durations.sumMillis(), millis(ranks.get("median")),
                millis(ranks.get("p90")));
    }

    private static List<KpiFigures.TypeCount> typeCounts(Document row) {
        return row.getList("types", Document.class).stream()
                .map(type -> new KpiFigures.TypeCount(ComplaintType.valueOf(type.getString("type")),
                        count(type, "count")))
                .toList();
    }

    private static Long millis(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static long count(Document row, String field) {
        Object value = row.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
