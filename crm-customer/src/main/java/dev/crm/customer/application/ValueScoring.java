package dev.crm.customer.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.BackgroundJobs;
import dev.crm.core.api.BusinessTimeZone;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.JobContext;
import dev.crm.core.api.JobView;
import dev.crm.customer.api.CustomerId;
import dev.crm.customer.api.LifecycleStageChanged;
import dev.crm.customer.api.ScoringRuns;
import dev.crm.customer.api.ValueTierChanged;
import dev.crm.customer.domain.ClvFit;
import dev.crm.customer.domain.Customer;
import dev.crm.customer.domain.CustomerPurchases;
import dev.crm.customer.domain.CustomerTask;
import dev.crm.customer.domain.CustomerTaskKind;
import dev.crm.customer.domain.CustomerValuation;
import dev.crm.customer.domain.CustomerValuation.RfmQuintiles;
import dev.crm.customer.domain.CustomerValue;
import dev.crm.customer.domain.ValueChange;
import dev.crm.customer.domain.ValueRules;
import dev.crm.customer.persistence.OrderHistory;
import dev.crm.customer.persistence.OrderHistory.Tally;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The scoring run: RFM, historic and predicted CLV, P(alive), tier and lifecycle stage for
 * every customer, as a background job. Tier and stage changes are recorded with their reason
 * and published; entering a stage opens the tasks the rules name for it. Running it twice for
 * the same day changes nothing the second time.
 */
@Service
public class ValueScoring implements ScoringRuns {

    public static final String JOB = "customer-scoring";
    private static final int DUPLICATE_KEY = 11000;
    private static final int BATCH = 1000;

    private final MongoOperations mongo;
    private final OrderHistory orderHistory;
    private final ClvFitting fitting;
    private final ValueRulesStore rulesStore;
    private final CustomerValueProperties properties;
    private final BusinessTimeZone businessZone;
    private final BackgroundJobs jobs;
    private final ApplicationEventPublisher events;
    private final AuditLog auditLog;
    private final Clock clock;

    ValueScoring(MongoOperations mongo, OrderHistory orderHistory, ClvFitting fitting, ValueRulesStore rulesStore,
                 CustomerValueProperties properties, BusinessTimeZone businessZone, BackgroundJobs jobs,
                 ApplicationEventPublisher events, AuditLog auditLog, Clock clock) {
        this.mongo = mongo;
        this.orderHistory = orderHistory;
        this.fitting = fitting;
        this.rulesStore = rulesStore;
        this.properties = properties;
        this.businessZone = businessZone;
        this.jobs = jobs;
        this.events = events;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Queues a scoring run as of {@code asOf} (null: today in the business time zone). */
    @Override
    public JobView start(LocalDate asOf, String by) {
        LocalDate today = today();
        LocalDate day = asOf == null ? today : asOf;
        if (day.isAfter(today)) {
            throw new InvalidInputException("asOf", "must not be after today (" + today + ")");
        }
        JobView job = jobs.submit(JOB, by, context -> score(day, context));
        auditLog.record(AuditEvent.of(by, "customer-scoring.started", "Job", job.id()));
        return job;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(businessZone.zone()));
    }

    Map<String, Object> score(LocalDate asOf, JobContext job) {
        Query all = new Query();
        all.fields().include("_id", "value");
        job.rowsTotal(mongo.count(new Query(), Customer.class));
        Tally tally = orderHistory.purchasesBefore(asOf.plusDays(1).atStartOfDay(businessZone.zone()).toInstant(),
                properties.currency(), businessZone.zone(), properties.marginRate());
        ClvFit fit = fitting.latest().orElse(null);
        ValueRules rules = rulesStore.current();
        CustomerValuation valuation = new CustomerValuation(asOf, properties.currency(), fit, rules,
                properties.horizonMonths(), properties.annualDiscountRate(), properties.marginRate(),
                RfmQuintiles.of(tally.byCustomer().values(), asOf));
        Counts counts = new Counts();
        List<Customer> batch = new ArrayList<>(BATCH);
        try (Stream<Customer> customers = mongo.stream(all, Customer.class)) {
            customers.forEach(customer -> {
                batch.add(customer);
                if (batch.size() == BATCH) {
                    write(batch, valuation, rules, tally.byCustomer(), job, counts);
                    batch.clear();
                }
            });
        }
        if (!batch.isEmpty()) {
            write(batch, valuation, rules, tally.byCustomer(), job, counts);
        }
        Map<String, Object> result = new HashMap<>();
        result.put("asOf", asOf.toString());
        result.put("customersScored", counts.scored);
        result.put("tierChanges", counts.tierChanges);
        result.put("stageChanges", counts.stageChanges);
        result.put("tasksOpened", counts.tasksOpened);
        result.put("ordersCounted", tally.ordersCounted());
        result.put("ordersInOtherCurrencies", tally.ordersInOtherCurrencies());
        result.put("clvFit", fit == null ? "none: predictions skipped" : fit.id());
        return result;
    }

    private void write(List<Customer> batch, CustomerValuation valuation, ValueRules rules,
                       Map<String, CustomerPurchases> purchases, JobContext job, Counts counts) {
        Instant now = clock.instant();
        BulkOperations updates = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Customer.class);
        List<ValueChange> changes = new ArrayList<>();
        List<CustomerTask> tasks = new ArrayList<>();
        for (Customer customer : batch) {
            CustomerValue previous = customer.getValue();
            CustomerValue value = valuation.value(purchases.get(customer.getId()), previous, now);
            updates.updateOne(Query.query(where("_id").is(customer.getId())), new Update().set("value", value));
            CustomerId id = new CustomerId(customer.getId());
            if (previous == null || previous.tier() != value.tier()) {
                changes.add(new ValueChange(null, customer.getId(), ValueChange.Kind.TIER,
                        previous == null || previous.tier() == null ? null : previous.tier().name(),
                        value.tier().name(), value.tierReason(), now, job.jobId()));
                events.publishEvent(new ValueTierChanged(id, previous == null ? null : previous.tier(), value.tier(),
                        value.tierReason(), now));
            }
            if (previous == null || previous.stage() != value.stage()) {
                changes.add(new ValueChange(null, customer.getId(), ValueChange.Kind.STAGE,
                        previous == null || previous.stage() == null ? null : previous.stage().name(),
                        value.stage().name(), value.stageReason(), now, job.jobId()));
                events.publishEvent(new LifecycleStageChanged(id, previous == null ? null : previous.stage(),
                        value.stage(), value.stageReason(), now));
                for (CustomerTaskKind kind : rules.actionsOnEntering(value.stage())) {
                    tasks.add(CustomerTask.open(customer.getId(), kind, value.stage() + ": " + value.stageReason(),
                            value.asOf().toString(), now));
                }
            }
        }
        // Changes and tasks before the new values: if the node dies in between, the next run
        // sees the old values, finds the change again and records it (tasks are deduplicated).
        if (!changes.isEmpty()) {
            mongo.insert(changes, ValueChange.class);
        }
        counts.tasksOpened += openTasks(tasks);
        updates.execute();
        counts.scored += batch.size();
        counts.tierChanges += changes.stream().filter(c -> c.kind() == ValueChange.Kind.TIER).count();
        counts.stageChanges += changes.stream().filter(c -> c.kind() == ValueChange.Kind.STAGE).count();
        job.progress(batch.size(), batch.size(), 0, List.of());
    }

    /**
     * One unordered bulk insert per batch; a task already opened (same customer, kind and day:
     * a repeated run) is a duplicate key, skipped while the others go in.
     */
    private long openTasks(List<CustomerTask> tasks) {
        if (tasks.isEmpty()) {
            return 0;
        }
        try {
            return mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, CustomerTask.class).insert(tasks).execute()
                    .getInsertedCount();
        } catch (BulkOperationException partly) {
            boolean onlyDuplicates = partly.getErrors().stream().allMatch(error -> error.getCode() == DUPLICATE_KEY);
            if (!onlyDuplicates) {
                throw partly;
            }
            return partly.getResult().getInsertedCount();
        } catch (DuplicateKeyException translated) {
            // Some drivers report the bulk failure as a plain duplicate: fall back to one by one.
            long opened = 0;
            for (CustomerTask task : tasks) {
                try {
                    mongo.insert(task);
                    opened++;
                } catch (DuplicateKeyException alreadyOpened) {
                    // same customer, kind and day: the task exists already
                }
            }
            return opened;
        }
    }

    private static final class Counts {
        long scored;
        long tierChanges;
        long stageChanges;
        long tasksOpened;
    }
}
