package dev.crm.customer.application;

import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.BackgroundJobs;
import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.BusinessTimeZone;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.JobContext;
import dev.crm.core.api.JobView;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Fits the predictive CLV models to the order history, as a background job, and keeps each fit. */
@Service
public class ClvFitting implements ClvFits {

    private static final int PROGRESS_BATCH = 1000;
    /** The optimiser reports every hundred evaluations; one durable write per quarter second is plenty. */
    private static final long REPORT_INTERVAL_NANOS = 250_000_000L;

    private final OrderHistory orderHistory;
    private final MongoOperations mongo;
    private final CustomerValueProperties properties;
    private final BusinessTimeZone businessZone;
    private final AuditLog auditLog;
    private final BackgroundJobs jobs;
    private final Clock clock;

    ClvFitting(OrderHistory orderHistory, MongoOperations mongo, CustomerValueProperties properties,
               BusinessTimeZone businessZone, AuditLog auditLog, BackgroundJobs jobs, Clock clock) {
        this.orderHistory = orderHistory;
        this.mongo = mongo;
        this.properties = properties;
        this.businessZone = businessZone;
        this.auditLog = auditLog;
        this.jobs = jobs;
        this.clock = clock;
    }

    /**
     * Checks the day and unit, then queues the fit of both models over all orders up to and
     * including {@code asOf} (a calendar day in the business time zone).
     */
    public JobView start(LocalDate asOf, ModelTimeUnit unit, String by) {
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
        JobView job = jobs.submit(JOB, by, context -> result(fit(asOf, unit, by, context)));
        auditLog.record(AuditEvent.of(by, "clv.fit-started", "Job", job.id()));
        return job;
    }

    @Override
    public JobView start(LocalDate asOf, String timeUnit, String by) {
        ModelTimeUnit unit = null;
        if (timeUnit != null && !timeUnit.isBlank()) {
            try {
                unit = ModelTimeUnit.valueOf(timeUnit.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidInputException("timeUnit", "must be DAYS or WEEKS");
            }
        }
        return start(asOf, unit, by);
    }

    /**
     * The job's body, reporting each stage as it goes.
     *
     * @throws BusinessRuleViolationException when the orders cannot support a fit (no customers,
     *                                        no repeat purchases); the job ends FAILED with it
     */
    ClvFit fit(LocalDate asOf, ModelTimeUnit unit, String by, JobContext job) {
        long started = System.nanoTime();
        job.stage(LOADING_ORDERS, null);
        Tally tally = orderHistory.purchasesBefore(endOf(asOf), properties.currency(), businessZone.zone(),
                properties.marginRate());
        job.stage(SUMMARISING_CUSTOMERS, (long) tally.byCustomer().size());
        List<PurchaseHistory> histories = new ArrayList<>(tally.byCustomer().size());
        int firstBuyingOnAsOf = 0;
        int summarised = 0;
        for (CustomerPurchases purchases : tally.byCustomer().values()) {
            Optional<PurchaseHistory> history = PurchaseHistory.summarise(purchases.amountPerPurchaseDay(), asOf,
                    unit);
            if (history.isPresent()) {
                histories.add(history.get());
            } else {
                firstBuyingOnAsOf++;
            }
            if (++summarised % PROGRESS_BATCH == 0) {
                job.progress(PROGRESS_BATCH, PROGRESS_BATCH, 0, List.of());
            }
        }
        if (summarised % PROGRESS_BATCH != 0) {
            job.progress(summarised % PROGRESS_BATCH, summarised % PROGRESS_BATCH, 0, List.of());
        }
        if (histories.isEmpty()) {
            throw new BusinessRuleViolationException("no customer bought in " + properties.currency()
                    + " before " + asOf + "; there is nothing to fit");
        }
        BgNbdFit purchasesFit;
        GammaGammaFit spendFit;
        long modelStarted = System.nanoTime();
        try {
            job.stage(FITTING_BG_NBD, null);
            EvaluationReports bgNbdEvaluations = new EvaluationReports(job);
            purchasesFit = BgNbdModel.fit(histories, bgNbdEvaluations);
            bgNbdEvaluations.flush(purchasesFit.evaluations());
            job.stage(FITTING_GAMMA_GAMMA, null);
            EvaluationReports gammaGammaEvaluations = new EvaluationReports(job);
            spendFit = GammaGammaModel.fit(histories, gammaGammaEvaluations);
            gammaGammaEvaluations.flush(spendFit.evaluations());
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

    /** The job's result: where to read the fit, and its parameters as the papers name them. */
    private static Map<String, Object> result(ClvFit fit) {
        Map<String, Object> result = new HashMap<>();
        result.put("fitId", fit.id());
        result.put("asOf", fit.asOf().toString());
        result.put("timeUnit", fit.timeUnit().name());
        result.put("r", fit.bgNbd().r());
        result.put("alpha", fit.bgNbd().alpha());
        result.put("a", fit.bgNbd().a());
        result.put("b", fit.bgNbd().b());
        result.put("p", fit.gammaGamma().p());
        result.put("q", fit.gammaGamma().q());
        result.put("gamma", fit.gammaGamma().gamma());
        result.put("customers", fit.customers());
        result.put("repeatCustomers", fit.repeatCustomers());
        result.put("ordersCounted", fit.ordersCounted());
        return result;
    }

    public Optional<ClvFit> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ClvFit.class));
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

    /** Passes the optimiser's running evaluation count on to the job, at most every quarter second. */
    private static final class EvaluationReports implements IntConsumer {

        private final JobContext job;
        private int reported;
        private long reportedAt = System.nanoTime();

        EvaluationReports(JobContext job) {
            this.job = job;
        }

        @Override
        public void accept(int evaluationsSoFar) {
            if (System.nanoTime() - reportedAt >= REPORT_INTERVAL_NANOS) {
                flush(evaluationsSoFar);
            }
        }

        void flush(int evaluationsSoFar) {
            if (evaluationsSoFar > reported) {
                job.progress(evaluationsSoFar - reported, evaluationsSoFar - reported, 0, List.of());
                reported = evaluationsSoFar;
            }
            reportedAt = System.nanoTime();
        }
    }
}
