package dev.crm.loyalty.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.core.api.BusinessTimeZone;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.loyalty.api.EntryType;
import dev.crm.loyalty.api.PointsFinance;
import dev.crm.loyalty.domain.ExpiryPolicy;
import dev.crm.loyalty.domain.LedgerEntry;
import dev.crm.loyalty.domain.PointsAccount;
import dev.crm.loyalty.domain.PointsLot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Iterator;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Statements and the finance figures of the points ledger (issue 7: liability, redemption rate). */
@Service
public class PointsReports implements PointsFinance {

    private final MongoOperations mongo;
    private final PointsLedger ledger;
    private final BusinessTimeZone zone;

    PointsReports(MongoOperations mongo, PointsLedger ledger, BusinessTimeZone zone) {
        this.mongo = mongo;
        this.ledger = ledger;
        this.zone = zone;
    }

    /** The account's entries in sequence order, each with its running balance; the total is the entry count. */
    public ResultPage<LedgerEntry> statement(String customerId, PageQuery page) {
        ledger.requireCustomer(customerId);
        long total = ledger.current(customerId).map(PointsAccount::lastSequence).orElse(0L);
        Query query = Query.query(where("customerId").is(customerId)).with(Sort.by("sequence"))
                .skip((long) page.page() * page.size()).limit(page.size());
        return new ResultPage<>(mongo.find(query, LedgerEntry.class), page.page(), page.size(), total);
    }

    @Override
    public Liability liability(Instant now) {
        ExpiryPolicy policy = ledger.expiryPolicy();
        Map<YearMonth, Long> byMonth = new TreeMap<>();
        long awaiting = 0;
        Query accounts = Query.query(where("balance").gt(0));
        accounts.fields().include("lots");
        try (Stream<PointsAccount> all = mongo.stream(accounts, PointsAccount.class)) {
            Iterator<PointsAccount> stream = all.iterator();
            while (stream.hasNext()) {
                for (PointsLot lot : stream.next().lots()) {
                    if (lot.expiresAt().isAfter(now)) {
                        byMonth.merge(policy.monthOfExpiry(lot.expiresAt()), lot.remaining(), Long::sum);
                    } else {
                        awaiting += lot.remaining();
                    }
                }
            }
        }
        List<Liability.Month> months = byMonth.entrySet().stream()
                .map(e -> new Liability.Month(e.getKey(), e.getValue())).toList();
        return new Liability(now, months.stream().mapToLong(Liability.Month::points).sum(), awaiting, months);
    }

    /**
     * Points redeemed over points earned for entries posted from {@code from} to {@code to} (both
     * inclusive, business days). Earned: EARN entries; redeemed: REDEEM entries less the cancelled
     * redemptions of the period. The rate is null when nothing was earned.
     */
    @Override
    public RedemptionRate redemptionRate(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("to", "must be on or after from");
        }
        Instant start = from.atStartOfDay(zone.zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone.zone()).toInstant();
        Query query = Query.query(where("type").in(EntryType.EARN, EntryType.REDEEM, EntryType.REDEMPTION_CANCELLED)
                .and("at").gte(start).lt(end));
        query.fields().include("type", "points");
        long earned = 0;
        long redeemed = 0;
        for (Document entry : mongo.find(query, Document.class, "loyalty_ledger")) {
            long points = ((Number) entry.get("points")).longValue();
            switch (EntryType.valueOf(entry.getString("type"))) {
                case EARN -> earned += points;
                case REDEEM -> redeemed -= points;
                case REDEMPTION_CANCELLED -> redeemed -= points;
                default -> { }
            }
        }
        BigDecimal rate = earned == 0 ? null
                : BigDecimal.valueOf(redeemed).divide(BigDecimal.valueOf(earned), 4, RoundingMode.HALF_UP);
        return new RedemptionRate(from, to, earned, redeemed, rate);
    }
}
