package dev.crm.complaint.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.complaint.api.ComplaintKind;
import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.domain.Complaint;
import dev.crm.complaint.domain.problem.ComplaintFacts;
import dev.crm.complaint.domain.problem.EffectivenessKpi;
import dev.crm.complaint.domain.problem.MeasurementWindow;
import dev.crm.complaint.domain.problem.ProblemScope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * What problem detection and effectiveness checks read from the complaints: complaints of one
 * customer or one product and type in a period (projected to {@link ComplaintFacts}), and counts in
 * a problem record's scope. Products, categories and contact hints compare case-insensitively.
 * <p>
 * The indexes serving these queries are declared here rather than on {@link Complaint}: they belong
 * to this use of the collection. On MongoDB {@code problem_repeat} serves the known-customer query,
 * {@code problem_batch} (type, receipt) narrows the product and contact queries to one type and
 * period; the embedded store accepts them and scans.
 */
@Component
public class ComplaintEvidence implements InitializingBean {

    private static final String COMPLAINTS = "complaints";

    private final MongoOperations mongo;

    ComplaintEvidence(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        var indexes = mongo.indexOps(COMPLAINTS);
        indexes.createIndex(new Index().on("customerId", Sort.Direction.ASC).on("type", Sort.Direction.ASC)
                .on("receivedAt", Sort.Direction.ASC).named("problem_repeat"));
        indexes.createIndex(new Index().on("type", Sort.Direction.ASC).on("receivedAt", Sort.Direction.ASC)
                .named("problem_batch"));
    }

    /** Complaints (kind COMPLAINT) of the complaint's customer and type received in {@code [from, to]}. */
    public List<ComplaintFacts> sameCustomerAndType(Complaint complaint, Instant from, Instant to) {
        Criteria customer = complaint.getCustomerId() != null ? where("customerId").is(complaint.getCustomerId())
                : where("customerId").is(null).and("contactHint").regex(exactly(complaint.getContactHint()), "i");
        return facts(new Criteria().andOperator(ofType(complaint.getType(), from, to), customer));
    }

    /**
     * Complaints (kind COMPLAINT) of the type about the product received in {@code [from, to]}.
     *
     * @param productField {@code productReference} or {@code productCategory}
     */
    public List<ComplaintFacts> sameProductAndType(ComplaintType type, String productField, String product,
                                                   Instant from, Instant to) {
        return facts(new Criteria().andOperator(ofType(type, from, to),
                where(productField).regex(exactly(product), "i")));
    }

    /** The complaints in a problem record's scope received in the window (half-open). */
    public long count(ProblemScope scope, EffectivenessKpi kpi, MeasurementWindow window) {
        List<Criteria> conditions = new ArrayList<>();
        conditions.add(where("kind").is(ComplaintKind.COMPLAINT));
        conditions.add(where("receivedAt").gte(window.from()).lt(window.to()));
        if (scope.type() != null) {
            conditions.add(where("type").is(scope.type()));
        }
        if (scope.productReference() != null) {
            conditions.add(where("productReference").regex(exactly(scope.productReference()), "i"));
        }
        if (scope.productCategory() != null) {
            conditions.add(where("productCategory").regex(exactly(scope.productCategory()), "i"));
        }
        if (scope.customerKey() != null) {
            conditions.add(customer(scope.customerKey()));
        }
        if (kpi == EffectivenessKpi.REPEAT_COMPLAINTS_PER_30_DAYS) {
            conditions.add(where("repeatOf").ne(null));
        }
        return mongo.count(Query.query(new Criteria().andOperator(conditions)), COMPLAINTS);
    }

    /** Numbers of complaints whose (new) type detection has still to look at, oldest receipt first. */
    public List<String> dueForDetection(int limit) {
        Query due = Query.query(where("problemCheckDue").is(true)).with(Sort.by("receivedAt")).limit(limit);
        due.fields().include("number");
        return mongo.find(due, Document.class, COMPLAINTS).stream().map(d -> d.getString("number")).toList();
    }

    private static Criteria ofType(ComplaintType type, Instant from, Instant to) {
        return where("kind").is(ComplaintKind.COMPLAINT).and("type").is(type).and("receivedAt").gte(from).lte(to);
    }

    private static Criteria customer(String customerKey) {
        if (customerKey.startsWith("customer:")) {
            return where("customerId").is(customerKey.substring("customer:".length()));
        }
        return where("customerId").is(null).and("contactHint")
                .regex(exactly(customerKey.substring("contact:".length())), "i");
    }

    private List<ComplaintFacts> facts(Criteria criteria) {
        Query query = Query.query(criteria);
        query.fields().include("number", "customerId", "contactHint", "receivedAt", "problemId", "repeatOf");
        return mongo.find(query, Document.class, COMPLAINTS).stream()
                .map(d -> new ComplaintFacts(d.getString("number"),
                        ComplaintFacts.customerKey(d.getString("customerId"), d.getString("contactHint")),
                        d.getDate("receivedAt").toInstant(), d.getString("problemId"), d.getString("repeatOf")))
                .toList();
    }

    private static String exactly(String value) {
        return "^" + Pattern.quote(value.strip()) + "$";
    }
}
