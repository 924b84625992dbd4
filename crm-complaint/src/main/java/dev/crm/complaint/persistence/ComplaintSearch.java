package dev.crm.complaint.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.complaint.api.ComplaintState;
import dev.crm.complaint.domain.Complaint;
import dev.crm.complaint.domain.ComplaintCriteria;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Complaint lists, soonest deadline first (complaints with nothing due last). */
@Component
public class ComplaintSearch {

    private final MongoOperations mongo;

    ComplaintSearch(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public ResultPage<Complaint> search(ComplaintCriteria criteria, PageQuery page) {
        List<Criteria> conditions = new ArrayList<>();
        if (criteria.state() != null) {
            conditions.add(where("state").is(criteria.state()));
        } else if (criteria.openOnly()) {
            conditions.add(where("state").nin(ComplaintState.CLOSED, ComplaintState.ARCHIVED));
        } else {
            // Archived complaints are read through the archive register, with a stated purpose.
            conditions.add(where("state").ne(ComplaintState.ARCHIVED));
        }
        if (criteria.grade() != null) {
            conditions.add(where("grade").is(criteria.grade()));
        }
        if (criteria.type() != null) {
            conditions.add(where("type").is(criteria.type()));
        }
        if (criteria.owner() != null) {
            conditions.add(where("owner").is(criteria.owner()));
        }
        if (criteria.ownerOrUnowned() != null) {
            conditions.add(new Criteria().orOperator(where("owner").is(criteria.ownerOrUnowned()),
                    where("owner").isNull(), where("assignment.handler").is(criteria.ownerOrUnowned())));
        }
        if (criteria.department() != null) {
            conditions.add(where("assignment.department").is(criteria.department()));
        }
        if (criteria.channel() != null) {
            conditions.add(where("channel").is(criteria.channel()));
        }
        if (criteria.breached() != null) {
            Criteria anyBreach = where("sla.milestones").elemMatch(where("breachedAt").ne(null));
            conditions.add(criteria.breached() ? anyBreach : new Criteria().norOperator(anyBreach));
        }
        if (criteria.dueBefore() != null) {
            conditions.add(where("nextDueAt").lte(criteria.dueBefore()));
        }
        if (criteria.customerId() != null) {
            conditions.add(where("customerId").is(criteria.customerId()));
        }
        if (criteria.text() != null) {
            conditions.add(where("description").regex(Pattern.quote(criteria.text()), "i"));
        }
        Query query = conditions.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(conditions));
        long total = mongo.count(query, Complaint.class);
        query.with(Sort.by("queueKey", "number")).skip(page.offset()).limit(page.size());
        return new ResultPage<>(mongo.find(query, Complaint.class), page.page(), page.size(), total);
    }
}
