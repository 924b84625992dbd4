package dev.crm.customer.application;

import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.BusinessTimeZone;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.customer.api.ClvFits;
import dev.crm.customer.domain.ClvFit;
import dev.crm.customer.domain.CustomerPurchases;
import dev.crm.customer.domain.clv.BgNbdFit;
import dev.crm.customer.domain.clv.BgNbdModel;
import dev.crm.customer.domain.clv.GammaGammaFit;
import dev.crm.customer.domain.clv.GammaGammaModel;
import dev.crm.customer.domain.clv.ModelTimeUnit;
import dev.crm.customer.domain.clv.PurchaseHistory;
import dev.crm.customer.persistence.OrderHistory;
import dev.crm.customer.persistence.OrderHistory.Tally;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Fits the predictive CLV models to the order history and keeps each fit. */
@Service
public class ClvFitting implements ClvFits {

    private final OrderHistory orderHistory;
    private final MongoOperations mongo;
    private final CustomerValueProperties properties;
    private final BusinessTimeZone businessZone;
    private final AuditLog auditLog;
    private final Clock clock;

    ClvFitting(OrderHistory orderHistory, MongoOperations mongo, CustomerValueProperties properties,
               BusinessTimeZone businessZone, AuditLog auditLog, Clock clock) {
        this.orderHistory = orderHistory;
        this.mongo = mongo;
        this.properties = properties;
        this.businessZone = businessZone;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Fits both models over all orders up to and including {@code asOf} (a calendar day in the
     * business time zone).
     *
     * @throws BusinessRuleViolationException when the orders cannot support a fit (no customers,
     *                                        no repeat purchases)
     */
    public ClvFit fit(LocalDate asOf, ModelTimeUnit unit, String by) {
        if (asOf == null) {
            throw new InvalidInputException("asOf", "must be a date such as 2026-06-30");
        }
        if (unit == null) {
            throw new InvalidInputException("timeUnit", "must be DAYS or WEEKS");
        }
        LocalDate today = LocalDate.now(clock.withZone(businessZone.zone()));
        if (asOf.isAfter(today)) {
            throw new InvalidInputException("asOf", "must not be after today (" + today + ")");
        }
        long started = System.nanoTime();
        Tally tally = orderHistory.purchasesBefore(endOf(asOf), properties.currency(), businessZone.zone(),
                properties.marginRate());
        List<PurchaseHistory> histories = new ArrayList<>(tally.byCustomer().size());
        int firstBuyingOnAsOf = 0;
        for (CustomerPurchases purchases : tally.byCustomer().values()) {
            Optional<PurchaseHistory> history = PurchaseHistory.summarise(purchases.amountPerPurchaseDay(), asOf,
                    unit);
            if (history.isPresent()) {
                histories.add(history.get());
            } else {
                firstBuyingOnAsOf++;
            }
        }
        if (histories.isEmpty()) {
            throw new BusinessRuleViolationException("no customer bought in " + properties.currency()
                    + " before " + asOf + "; there is nothing to fit");
        }
        BgNbdFit purchasesFit;
        GammaGammaFit spendFit;
        long modelStarted = System.nanoTime();
        try {
            purchasesFit = BgNbdModel.fit(histories);
            spendFit = GammaGammaModel.fit(histories);
        } catch (IllegalArgumentException | ArithmeticException unfittable) {
            throw new BusinessRuleViolationException("the orders up to " + asOf + " cannot support a fit: "
                    + unfittable.getMessage());
        }
        if (!spendFit.parameters().hasFiniteMeanSpend()) {
            throw new BusinessRuleViolationException("the spend model fitted q = " + spendFit.parameters().q()
                    + " ≤ 1, for which expected spend is infinite; the repeat spend data cannot support CLV");
        }
        long repeaters = histories.stream().filter(h -> h.frequency() > 0).count();
        long millis = (System.nanoTime() - started) / 1_000_000;
        long modelMillis = (System.nanoTime() - modelStarted) / 1_000_000;
        ClvFit fit = mongo.insert(new ClvFit(null, asOf, unit, properties.currency(), purchasesFit.parameters(),
                purchasesFit.logLikelihood(), spendFit.parameters(), spendFit.logLikelihood(), histories.size(),
                (int) repeaters, firstBuyingOnAsOf, tally.ordersCounted(), tally.ordersInOtherCurrencies(), millis,
                modelMillis, clock.instant(), by));
        auditLog.record(AuditEvent.of(by, "clv.fitted", "ClvFit", fit.id()));
        return fit;
    }

    @Override
    public FitSummary calibrate(LocalDate asOf, String timeUnit, String by) {
        ModelTimeUnit unit = null;
        if (timeUnit != null && !timeUnit.isBlank()) {
            try {
                unit = ModelTimeUnit.valueOf(timeUnit.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidInputException("timeUnit", "must be DAYS or WEEKS");
            }
        }
        ClvFit fit = fit(asOf, unit, by);
        return new FitSummary(fit.id(), fit.asOf(), fit.timeUnit().name(), fit.currency(), fit.bgNbd().r(),
                fit.bgNbd().alpha(), fit.bgNbd().a(), fit.bgNbd().b(), fit.gammaGamma().p(), fit.gammaGamma().q(),
                fit.gammaGamma().gamma(), fit.customers(), fit.repeatCustomers(), fit.ordersCounted(),
                fit.modelMillis(), fit.fittedAt(), fit.fittedBy());
    }

    public Optional<ClvFit> latest() {
        Query query = new Query().with(Sort.by(Sort.Direction.DESC, "fittedAt")).limit(1);
        return Optional.ofNullable(mongo.findOne(query, ClvFit.class));
    }

    public ClvFit latestOrFail() {
        return latest().orElseThrow(() -> new RecordNotFoundException("CLV fit", "latest"));
    }

    private Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(businessZone.zone()).toInstant();
    }
}
