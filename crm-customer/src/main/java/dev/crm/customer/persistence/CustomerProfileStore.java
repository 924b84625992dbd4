package dev.crm.customer.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.customer.domain.Customer;
import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Writes a revised profile as a targeted update of the profile fields, guarded by the version
 * the editor read. A whole-document {@code save} would put back the value snapshot as it was
 * when the editor loaded the customer, undoing a scoring run that finished in between.
 */
@Component
public class CustomerProfileStore {

    private final MongoOperations mongo;

    CustomerProfileStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public Customer writeProfile(Customer customer) {
        Document stored = new Document();
        mongo.getConverter().write(customer, stored);
        Update update = new Update();
        for (String field : Customer.PROFILE_FIELDS) {
            Object value = stored.get(field);
            if (value == null) {
                update.unset(field);
            } else {
                update.set(field, value);
            }
        }
        update.inc("version", 1);
        Query query = Query.query(where("_id").is(customer.getId()).and("version").is(customer.getVersion()));
        Customer written = mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true),
                Customer.class);
        if (written == null) {
            throw new OptimisticLockingFailureException("customer " + customer.getId()
                    + " was changed by someone else; reload it and try again");
        }
        return written;
    }
}
