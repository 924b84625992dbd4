package dev.crm.customer.application;

import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.BackgroundJobs;
import dev.crm.core.api.BusinessTimeZone;
import dev.crm.core.api.DuplicateRecordException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.JobView;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.ResultPage;
import dev.crm.customer.api.OrderImports;
import dev.crm.customer.domain.Order;
import dev.crm.customer.domain.OrderCsvFormat;
import dev.crm.customer.domain.OrderDraft;
import dev.crm.customer.persistence.CustomerRepository;
import dev.crm.customer.persistence.OrderRepository;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;

/** Records orders one at a time or by CSV import, and lists a customer's orders. */
@Service
public class OrderBook implements OrderImports {

    public static final String IMPORT_JOB = "order-import";

    private final OrderRepository orders;
    private final CustomerRepository customers;
    private final MongoOperations mongo;
    private final BackgroundJobs jobs;
    private final AuditLog auditLog;
    private final Clock clock;
    private final BusinessTimeZone businessZone;
    private final OrderImportProperties properties;

    OrderBook(OrderRepository orders, CustomerRepository customers, MongoOperations mongo, BackgroundJobs jobs,
              AuditLog auditLog, Clock clock, BusinessTimeZone businessZone, OrderImportProperties properties) {
        this.orders = orders;
        this.customers = customers;
        this.mongo = mongo;
        this.jobs = jobs;
        this.auditLog = auditLog;
        this.clock = clock;
        this.businessZone = businessZone;
        this.properties = properties;
    }

    /**
     * Records one order for the customer with {@code customerId}, or else the one with external
     * reference {@code draft.customerRef()} (registered if unknown). Recording the same order
     * again returns the first recording; the same reference with other details is a conflict.
     */
    public RecordedOrder record(OrderDraft draft, String customerId, String by) {
        List<FieldViolation> faults = draft.check(clock.instant());
        if (customerId == null && draft.customerRef() == null) {
            faults = new ArrayList<>(faults);
            faults.add(new FieldViolation("customerId", "give customerId or customerRef"));
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        String owner = customerId != null
                ? customers.findById(customerId).map(c -> c.getId())
                        .orElseThrow(() -> new InvalidInputException("customerId", "no customer " + customerId))
                : new CustomerRefResolver(mongo, by).resolve(List.of(draft.customerRef()), clock.instant())
                        .get(draft.customerRef());
        Order order = Order.record(draft, owner, null, null, by, clock.instant());
        try {
            Order saved = orders.insert(order);
            auditLog.record(AuditEvent.of(by, "order.recorded", "Order", saved.getOrderRef()));
            return new RecordedOrder(saved, true);
        } catch (DuplicateKeyException alreadyRecorded) {
            Order existing = orders.findById(draft.orderRef()).orElseThrow(() -> alreadyRecorded);
            if (existing.sameAs(draft, owner)) {
                return new RecordedOrder(existing, false);
            }
            throw new DuplicateRecordException("order", "orderRef", draft.orderRef());
        }
    }

    /**
     * Spools the upload to disk (bounded memory, whatever its size), checks the header and
     * queues the import job.
     *
     * @throws InvalidInputException naming {@code file} when the header is wrong or the file empty
     */
    @Override
    public JobView startImport(InputStream upload, String by) {
        Path spool = spool(upload);
        OrderCsvFormat format;
        long rows = 0;
        try (BufferedReader reader = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
            format = OrderCsvFormat.fromHeader(reader.readLine(), businessZone.zone());
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    rows++;
                }
            }
        } catch (IllegalArgumentException badHeader) {
            delete(spool);
            throw new InvalidInputException("file", badHeader.getMessage());
        } catch (IOException | UncheckedIOException unreadable) {
            delete(spool);
            throw new InvalidInputException("file", "not readable as UTF-8 text: " + unreadable.getMessage());
        }
        long total = rows;
        OrderImport run = new OrderImport(mongo, clock, properties.batchSize());
        JobView job = jobs.submit(IMPORT_JOB, by, context -> {
            context.rowsTotal(total);
            return run.run(spool, format, by, context);
        });
        auditLog.record(AuditEvent.of(by, "order.import-started", "Job", job.id()));
        return job;
    }

    private Path spool(InputStream upload) {
        try {
            Path dir = Path.of(properties.spoolDir() == null ? System.getProperty("java.io.tmpdir")
                    : properties.spoolDir());
            Files.createDirectories(dir);
            Path file = Files.createTempFile(dir, "crm-order-import-", ".csv");
            // Decode and re-encode so a file that is not UTF-8 is refused here, not half-way through the job.
            try (BufferedReader in = new BufferedReader(new InputStreamReader(upload,
                    StandardCharsets.UTF_8.newDecoder()));
                 BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                in.transferTo(out);
            } catch (IOException unreadable) {
                delete(file);
                throw new InvalidInputException("file", "not readable as UTF-8 text: " + unreadable.getMessage());
            }
            return file;
        } catch (IOException disk) {
            throw new UncheckedIOException("could not spool the upload", disk);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file; the OS cleans its temporary directory
        }
    }

    public Order get(String orderRef) {
        return orders.findById(orderRef).orElseThrow(() -> new RecordNotFoundException("order", orderRef));
    }

    public ResultPage<Order> ordersOf(String customerId, PageQuery page) {
        var found = orders.findByCustomerId(customerId, PageRequest.of(page.page(), page.size(),
                Sort.by(Sort.Direction.DESC, "orderedAt").and(Sort.by("_id"))));
        return new ResultPage<>(found.getContent(), page.page(), page.size(), found.getTotalElements());
    }

    /** An order and whether this call recorded it (false: it was already there). */
    public record RecordedOrder(Order order, boolean created) {
    }
}
