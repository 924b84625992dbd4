package dev.crm.customer.application;

import com.mongodb.client.MongoCollection;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.ReportReads;
import dev.crm.customer.api.LifecycleStage;
import dev.crm.customer.api.ValueDistribution;
import dev.crm.customer.api.ValueTier;
import dev.crm.customer.domain.ClvBins;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;

/**
 * The value distribution counted by aggregations over {@code customers}: one pass for the CLV
 * range, one that places each customer in its bin (nested {@code $cond}s over the edges computed
 * here, portable to the embedded store), and one grouping by tier and stage. Nothing but counts
 * leaves the database.
 */
@Service
class ValueStatistics implements ValueDistribution {

    private static final String CLV = "$value.historicClv";

    private final MongoOperations mongo;
    private final ReportReads reads;
    private final String currency;

    ValueStatistics(MongoOperations mongo, ReportReads reads, CustomerValueProperties properties) {
        this.mongo = mongo;
        this.reads = reads;
        this.currency = properties.currency();
    }

    @Override
    public Distribution distribution(int bins) {
        if (bins < 1 || bins > ClvBins.MAX_BINS) {
            throw new InvalidInputException("bins", "must be 1.." + ClvBins.MAX_BINS);
        }
        Document notErased = new Document("erasedAt", null);
        Document withClv = new Document(notErased).append("value.historicClv", new Document("$ne", null));
        List<ClvBin> clv = new ArrayList<>();
        Document range = customers().aggregate(List.of(new Document("$match", withClv),
                new Document("$group", new Document("_id", null).append("low", new Document("$min", CLV))
                        .append("high", new Document("$max", CLV))))).first();
        if (range != null && range.get("low") != null) {
            ClvBins edges = ClvBins.over(decimal(range.get("low")), decimal(range.get("high")), bins);
            long[] counts = new long[edges.count()];
            for (Document row : customers().aggregate(List.of(new Document("$match", withClv),
                    new Document("$project", new Document("_id", 0).append("bin", binOf(edges, 1))),
                    new Document("$group", new Document("_id", "$bin").append("n", new Document("$sum", 1)))))) {
                counts[((Number) row.get("_id")).intValue()] = ((Number) row.get("n")).longValue();
            }
            for (int i = 0; i < counts.length; i++) {
                clv.add(new ClvBin(edges.edges().get(i), edges.edges().get(i + 1), counts[i]));
            }
        }
        Map<ValueTier, Long> tiers = new EnumMap<>(ValueTier.class);
        Map<LifecycleStage, Long> stages = new EnumMap<>(LifecycleStage.class);
        long unscoredTier = 0;
        long unscoredStage = 0;
        long total = 0;
        for (Document row : customers().aggregate(List.of(new Document("$match", notErased),
                new Document("$group", new Document("_id", new Document("tier", "$value.tier")
                        .append("stage", "$value.stage")).append("n", new Document("$sum", 1)))))) {
            Document key = (Document) row.get("_id");
            long n = ((Number) row.get("n")).longValue();
            total += n;
            String tier = key.getString("tier");
            String stage = key.getString("stage");
            if (tier == null) {
                unscoredTier += n;
            } else {
                tiers.merge(ValueTier.valueOf(tier), n, Long::sum);
            }
            if (stage == null) {
                unscoredStage += n;
            } else {
                stages.merge(LifecycleStage.valueOf(stage), n, Long::sum);
            }
        }
        List<TierCount> tierCounts = new ArrayList<>();
        for (ValueTier tier : ValueTier.values()) {
            tierCounts.add(new TierCount(tier, tiers.getOrDefault(tier, 0L)));
        }
        if (unscoredTier > 0) {
            tierCounts.add(new TierCount(null, unscoredTier));
        }
        List<StageCount> stageCounts = new ArrayList<>();
        for (LifecycleStage stage : LifecycleStage.values()) {
            stageCounts.add(new StageCount(stage, stages.getOrDefault(stage, 0L)));
        }
        if (unscoredStage > 0) {
            stageCounts.add(new StageCount(null, unscoredStage));
        }
        return new Distribution(currency, total, clv, tierCounts, stageCounts);
    }

    /** {@code value < edge[i] ? i - 1 : (value < edge[i + 1] ? i : …)}, the last bin catching the rest. */
    private static Object binOf(ClvBins bins, int edge) {
        if (edge >= bins.count()) {
            return bins.count() - 1;
        }
        return new Document("$cond", List.of(
                new Document("$lt", List.of(CLV, new Decimal128(bins.edges().get(edge)))),
                edge - 1, binOf(bins, edge + 1)));
    }

    /** A report: it may read a secondary (ReportReads), as the KPI and order-activity reports do. */
    private MongoCollection<Document> customers() {
        return reads.collection(mongo, "customers");
    }

    private static BigDecimal decimal(Object stored) {
        return stored instanceof Decimal128 ? ((Decimal128) stored).bigDecimalValue() : new BigDecimal(stored.toString());
    }
}
