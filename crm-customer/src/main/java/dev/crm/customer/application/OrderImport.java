package dev.crm.customer.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.JobContext;
import dev.crm.core.api.JobRowError;
import dev.crm.customer.domain.Order;
import dev.crm.customer.domain.OrderCsvFormat;
import dev.crm.customer.domain.OrderCsvFormat.ParsedRow;
import dev.crm.customer.domain.OrderDraft;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/**
 * One run of an order import: reads the spooled file line by line and records it in batches.
 * Memory holds one batch and a bounded cache of customer references, whatever the file size.
 * Idempotent: an order already recorded with the same details is skipped, so re-running a file
 * (after a failure, or by mistake) neither loses nor duplicates rows.
 */
final class OrderImport {

    private final MongoOperations mongo;
    private final Clock clock;
    private final int batchSize;

    OrderImport(MongoOperations mongo, Clock clock, int batchSize) {
        this.mongo = mongo;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    Map<String, Object> run(Path file, OrderCsvFormat format, String by, JobContext job) throws IOException {
        CustomerRefResolver customers = new CustomerRefResolver(mongo, "import:" + job.jobId());
        long imported = 0;
        long skipped = 0;
        long failed = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.readLine(); // the header, checked before the job was queued
            List<Row> batch = new ArrayList<>(batchSize);
            long line = 1;
            String text;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                batch.add(new Row(line, format.parse(text, clock.instant())));
                if (batch.size() == batchSize) {
                    BatchOutcome outcome = record(batch, customers, by, job);
                    imported += outcome.imported;
                    skipped += outcome.skipped;
                    failed += outcome.failed;
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                BatchOutcome outcome = record(batch, customers, by, job);
                imported += outcome.imported;
                skipped += outcome.skipped;
                failed += outcome.failed;
            }
        } finally {
            Files.deleteIfExists(file);
        }
        return Map.of("ordersImported", imported, "ordersAlreadyRecorded", skipped, "rowsFailed", failed,
                "customersRegistered", customers.registered());
    }

    private BatchOutcome record(List<Row> batch, CustomerRefResolver customers, String by, JobContext job) {
        Instant now = clock.instant();
        List<JobRowError> errors = new ArrayList<>();
        Map<String, Long> firstLineOfRef = new HashMap<>();
        List<Row> candidates = new ArrayList<>();
        Set<String> failedLines = new LinkedHashSet<>();
        for (Row row : batch) {
            if (!row.parsed.isValid()) {
                row.parsed.faults().forEach(fault -> errors.add(error(row.line, fault)));
                failedLines.add(String.valueOf(row.line));
                continue;
            }
            Long first = firstLineOfRef.putIfAbsent(row.parsed.draft().orderRef(), row.line);
            if (first != null) {
                errors.add(new JobRowError(row.line, "orderRef", "duplicate order reference; first on line "
                        + first));
                failedLines.add(String.valueOf(row.line));
                continue;
            }
            candidates.add(row);
        }
        Map<String, Order> existing = new HashMap<>();
        if (!candidates.isEmpty()) {
            Query known = Query.query(where("_id").in(candidates.stream().map(r -> r.parsed.draft().orderRef())
                    .toList()));
            mongo.find(known, Order.class).forEach(order -> existing.put(order.getOrderRef(), order));
        }
        Map<String, String> customerIds = customers.resolve(candidates.stream()
                .map(r -> r.parsed.draft().customerRef()).toList(), now);
        List<Order> fresh = new ArrayList<>();
        long skipped = 0;
        for (Row row : candidates) {
            OrderDraft draft = row.parsed.draft();
            String customerId = customerIds.get(draft.customerRef());
            Order recorded = existing.get(draft.orderRef());
            if (recorded == null) {
                fresh.add(Order.record(draft, customerId, job.jobId(), row.line, by, now));
            } else if (job.jobId().equals(recorded.getImportJobId())) {
                errors.add(new JobRowError(row.line, "orderRef", "duplicate order reference; first on line "
                        + recorded.getImportLine()));
                failedLines.add(String.valueOf(row.line));
            } else if (recorded.sameAs(draft, customerId)) {
                skipped++;
            } else {
                errors.add(new JobRowError(row.line, "orderRef",
                        "order reference already recorded with different details"));
                failedLines.add(String.valueOf(row.line));
            }
        }
        long inserted = insert(fresh);
        skipped += fresh.size() - inserted;
        errors.sort(java.util.Comparator.comparingLong(JobRowError::line));
        job.progress(batch.size(), inserted, skipped, errors);
        return new BatchOutcome(inserted, skipped, failedLines.size());
    }

    /** Inserts in one round trip; if a concurrent writer got some first, falls back to one by one. */
    private long insert(List<Order> orders) {
        if (orders.isEmpty()) {
            return 0;
        }
        try {
            mongo.insert(orders, Order.class);
            return orders.size();
        } catch (DuplicateKeyException concurrentImport) {
            long inserted = 0;
            for (Order order : orders) {
                Order there = mongo.findById(order.getOrderRef(), Order.class);
                if (there != null) {
                    // Ours when the batch insert got that far before the duplicate stopped it.
                    inserted += order.getImportJobId().equals(there.getImportJobId()) ? 1 : 0;
                    continue;
                }
                try {
                    mongo.insert(order);
                    inserted++;
                } catch (DuplicateKeyException alreadyThere) {
                    // recorded meanwhile by the other import: counted as already recorded
                }
            }
            return inserted;
        }
    }

    private static JobRowError error(long line, FieldViolation fault) {
        return new JobRowError(line, fault.field(), fault.message());
    }

    private record Row(long line, ParsedRow parsed) {
    }

    private record BatchOutcome(long imported, long skipped, long failed) {
    }
}
