package dev.crm.customer.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.customer.domain.Customer;
import dev.crm.customer.domain.CustomerCriteria;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Customer lists: name contains (case-insensitive), exact contacts, tag, tier, stage; sorted by name. */
@Component
public class CustomerSearch {

    private final MongoOperations mongo;

    CustomerSearch(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public ResultPage<Customer> search(CustomerCriteria criteria, PageQuery page) {
        Criteria filter = new Criteria();
        List<Criteria> conditions = new ArrayList<>();
        if (criteria.nameContains() != null) {
            // Quoted: a customer typing "a.b" or "(" must not be able to run a regular expression.
            conditions.add(where("searchName").regex(Pattern.quote(Customer.searchable(criteria.nameContains()))));
        }
        if (criteria.email() != null) {
            conditions.add(where("email").is(criteria.email().value()));
        }
        if (criteria.phone() != null) {
            conditions.add(where("phone").is(criteria.phone().value()));
        }
        if (criteria.externalRef() != null) {
            conditions.add(where("externalRef").is(criteria.externalRef()));
        }
        if (criteria.tag() != null) {
            conditions.add(where("tags").is(Customer.searchable(criteria.tag())));
        }
        if (criteria.tier() != null) {
            conditions.add(where("value.tier").is(criteria.tier().name()));
        }
        if (criteria.stage() != null) {
            conditions.add(where("value.stage").is(criteria.stage().name()));
        }
        if (!conditions.isEmpty()) {
            filter.andOperator(conditions);
        }
        Query query = Query.query(filter);
        long total = mongo.count(query, Customer.class);
        query.with(Sort.by("searchName", "_id")).skip(page.offset()).limit(page.size());
        return new ResultPage<>(mongo.find(query, Customer.class), page.page(), page.size(), total);
    }
}
