package dev.crm.customer.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.customer.domain.Customer;
import dev.crm.customer.domain.Segment;
import dev.crm.customer.domain.SegmentCondition;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Turns a segment into a customer query: every rule must hold; a cluster's members carry its id. */
@Component
public class SegmentMembers {

    private final MongoOperations mongo;

    SegmentMembers(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public long count(Segment segment) {
        return mongo.count(Query.query(criteria(segment)), Customer.class);
    }

    public List<Customer> page(Segment segment, long offset, int size) {
        Query query = Query.query(criteria(segment)).with(Sort.by("searchName", "_id")).skip(offset).limit(size);
        return mongo.find(query, Customer.class);
    }

    /** Every member, streamed (for export), in id order. */
    public Stream<Customer> stream(Segment segment) {
        return mongo.stream(Query.query(criteria(segment)).with(Sort.by("_id")), Customer.class);
    }

    static Criteria criteria(Segment segment) {
        Criteria notErased = where("erasedAt").is(null);
        if (segment.kind() == Segment.Kind.CLUSTER) {
            return new Criteria().andOperator(notErased, where("value.cluster").is(segment.id()));
        }
        Criteria[] all = new Criteria[segment.conditions().size() + 1];
        all[0] = notErased;
        for (int i = 0; i < segment.conditions().size(); i++) {
            all[i + 1] = criterion(segment.conditions().get(i));
        }
        return new Criteria().andOperator(all);
    }

    private static Criteria criterion(SegmentCondition condition) {
        String path = condition.segmentField().path();
        List<Object> values = condition.storedValues();
        return switch (condition.operator()) {
            case EQ -> where(path).is(values.get(0));
            case NE -> where(path).ne(values.get(0));
            case IN -> where(path).in(values);
            case GTE -> where(path).gte(values.get(0));
            case LTE -> where(path).lte(values.get(0));
        };
    }
}
