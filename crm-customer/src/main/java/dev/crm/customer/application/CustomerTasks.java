package dev.crm.customer.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.ResultPage;
import dev.crm.customer.domain.CustomerTask;
import java.time.Clock;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The retention, return-visit and welcome tasks lifecycle changes open, for staff to work. */
@Service
public class CustomerTasks {

    private final MongoOperations mongo;
    private final AuditLog auditLog;
    private final Clock clock;

    CustomerTasks(MongoOperations mongo, AuditLog auditLog, Clock clock) {
        this.mongo = mongo;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public ResultPage<CustomerTask> list(CustomerTask.Status status, String customerId, PageQuery page) {
        Query query = new Query();
        if (status != null) {
            query.addCriteria(where("status").is(status));
        }
        if (customerId != null) {
            query.addCriteria(where("customerId").is(customerId));
        }
        long total = mongo.count(query, CustomerTask.class);
        query.with(Sort.by("dueAt", "_id")).skip(page.offset()).limit(page.size());
        return new ResultPage<>(mongo.find(query, CustomerTask.class), page.page(), page.size(), total);
    }

    public CustomerTask complete(String id, String outcome, String by) {
        CustomerTask task = mongo.findById(id, CustomerTask.class);
        if (task == null) {
            throw new RecordNotFoundException("customer task", id);
        }
        task.complete(outcome, by, clock.instant());
        CustomerTask saved = mongo.save(task);
        auditLog.record(AuditEvent.of(by, "customer-task.completed", "CustomerTask", id));
        return saved;
    }
}
