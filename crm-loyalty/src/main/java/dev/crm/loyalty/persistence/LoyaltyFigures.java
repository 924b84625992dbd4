package dev.crm.loyalty.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.core.api.ReportReads;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Sums and counts over the loyalty collections, for qualification and the reports. */
@Component
public class LoyaltyFigures {

    private final MongoOperations mongo;
    private final ReportReads reads;

    LoyaltyFigures(MongoOperations mongo, ReportReads reads) {
        this.mongo = mongo;
        this.reads = reads;
    }

    /** Net points awarded to the customer for points earned in {@code [from, to)}: reversals count negative. */
    public long pointsAwarded(String customerId, Instant from, Instant to) {
        Query query = Query.query(where("customerId").is(customerId).and("earnedAt").gte(from).lt(to));
        query.fields().include("points");
        long total = 0;
        for (Document award : mongo.find(query, Document.class, "loyalty_awards")) {
            total += ((Number) award.get("points")).longValue();
        }
        return total;
    }

    /** Members per level code of one program (a null key: members without a level). */
    public Map<String, Long> membersPerLevel(String programId) {
        List<Document> pipeline = List.of(
                new Document("$match", new Document("programId", programId)),
                new Document("$group", new Document("_id", "$levelCode").append("members", new Document("$sum", 1))));
        Map<String, Long> counts = new HashMap<>();
        for (Document row : reads.collection(mongo, "loyalty_memberships").aggregate(pipeline)) {
            counts.put(row.getString("_id"), ((Number) row.get("members")).longValue());
        }
        return counts;
    }

    /** Redemptions per reward code and state. */
    public Map<String, Map<String, Long>> redemptionsPerReward(Instant from, Instant to) {
        Document match = new Document();
        if (from != null || to != null) {
            Document range = new Document();
            if (from != null) {
                range.append("$gte", Date.from(from));
            }
            if (to != null) {
                range.append("$lt", Date.from(to));
            }
            match.append("reservedAt", range);
        }
        List<Document> pipeline = new ArrayList<>();
        pipeline.add(new Document("$match", match));
        pipeline.add(new Document("$group", new Document("_id",
                new Document("reward", "$rewardCode").append("state", "$state"))
                .append("count", new Document("$sum", 1))));
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (Document row : reads.collection(mongo, "loyalty_redemptions").aggregate(pipeline)) {
            Document id = row.get("_id", Document.class);
            counts.computeIfAbsent(id.getString("reward"), r -> new HashMap<>())
                    .put(id.getString("state"), ((Number) row.get("count")).longValue());
        }
        return counts;
    }

    /** Vouchers per reward code: issued, used, voided. */
    public Map<String, long[]> vouchersPerReward(Instant from, Instant to) {
        Query query = new Query();
        if (from != null && to != null) {
            query.addCriteria(where("issuedAt").gte(from).lt(to));
        } else if (from != null) {
            query.addCriteria(where("issuedAt").gte(from));
        } else if (to != null) {
            query.addCriteria(where("issuedAt").lt(to));
        }
        query.fields().include("rewardCode", "usedAt", "voidedAt");
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (Document voucher : mongo.find(query, Document.class, "loyalty_vouchers")) {
            long[] figures = counts.computeIfAbsent(voucher.getString("rewardCode"), r -> new long[3]);
            figures[0]++;
            if (voucher.get("usedAt") != null) {
                figures[1]++;
            }
            if (voucher.get("voidedAt") != null) {
                figures[2]++;
            }
        }
        return counts;
    }

}
