package dev.crm.customer.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.customer.domain.Customer;
import dev.crm.customer.domain.CustomerProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Turns the customer references of an order batch into customer ids, registering customers it
 * has never seen (named after their reference, to be completed by staff). Keeps a bounded
 * cache, so an import of any size holds at most {@link #CACHE_SIZE} references in memory.
 */
final class CustomerRefResolver {

    static final int CACHE_SIZE = 200_000;

    private final MongoOperations mongo;
    private final String registeredBy;
    private final Map<String, String> idByRef = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CACHE_SIZE;
        }
    };
    private long registered;

    CustomerRefResolver(MongoOperations mongo, String registeredBy) {
        this.mongo = mongo;
        this.registeredBy = registeredBy;
    }

    /** Customer id per reference for every reference given; registers the unknown ones. */
    Map<String, String> resolve(Collection<String> refs, Instant now) {
        Map<String, String> resolved = new HashMap<>();
        Set<String> missing = new TreeSet<>();
        for (String ref : refs) {
            String id = idByRef.get(ref);
            if (id == null) {
                missing.add(ref);
            } else {
                resolved.put(ref, id);
            }
        }
        if (!missing.isEmpty()) {
            lookUp(missing, resolved);
            missing.removeAll(resolved.keySet());
        }
        if (!missing.isEmpty()) {
            register(missing, now);
            lookUp(missing, resolved);
        }
        return resolved;
    }

    long registered() {
        return registered;
    }

    private void lookUp(Set<String> refs, Map<String, String> into) {
        Query query = Query.query(where("externalRef").in(refs));
        query.fields().include("_id", "externalRef");
        for (Customer customer : mongo.find(query, Customer.class)) {
            into.put(customer.getExternalRef(), customer.getId());
            idByRef.put(customer.getExternalRef(), customer.getId());
        }
    }

    private void register(Set<String> refs, Instant now) {
        List<Customer> fresh = new ArrayList<>(refs.size());
        for (String ref : refs) {
            fresh.add(Customer.register(CustomerProfile.named("Customer " + ref, ref), registeredBy, now));
        }
        try {
            mongo.insert(fresh, Customer.class);
            registered += fresh.size();
        } catch (DuplicateKeyException concurrentImport) {
            // Another import registered some of them first: register the rest one by one.
            for (Customer customer : fresh) {
                try {
                    mongo.insert(Customer.register(customer.profile(), registeredBy, now));
                    registered++;
                } catch (DuplicateKeyException alreadyThere) {
                    // the unique index on externalRef kept one customer per reference
                }
            }
        }
    }
}
