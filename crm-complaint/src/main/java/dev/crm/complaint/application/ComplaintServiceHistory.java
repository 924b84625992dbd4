package dev.crm.complaint.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.complaint.api.ComplaintState;
import dev.crm.complaint.domain.Complaint;
import dev.crm.complaint.domain.Transition;
import dev.crm.customer.api.CustomerId;
import dev.crm.customer.api.CustomerServiceHistory;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The complaint side of the customer 360: implements the customer module's port. */
@Service
class ComplaintServiceHistory implements CustomerServiceHistory {

    private static final int MAX_OPEN = 50;
    private static final int FEEDBACK = 5;

    private final MongoOperations mongo;

    ComplaintServiceHistory(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public ServiceHistory of(CustomerId customer, int recent) {
        Query ofCustomer = Query.query(where("customerId").is(customer.value()));
        long total = mongo.count(ofCustomer, Complaint.class);
        List<ComplaintSummary> open = mongo.find(Query.query(where("customerId").is(customer.value())
                        .and("state").nin(ComplaintState.CLOSED, ComplaintState.ARCHIVED))
                        .with(Sort.by(Sort.Direction.DESC, "receivedAt")).limit(MAX_OPEN), Complaint.class)
                .stream().map(ComplaintServiceHistory::summary).toList();
        List<ComplaintSummary> latest = mongo.find(Query.query(where("customerId").is(customer.value()))
                        .with(Sort.by(Sort.Direction.DESC, "receivedAt")).limit(recent), Complaint.class)
                .stream().map(ComplaintServiceHistory::summary).toList();
        List<FeedbackAnswer> feedback = mongo.find(Query.query(where("customerId").is(customer.value())
                        .and("followUpOutcome").ne(null))
                        .with(Sort.by(Sort.Direction.DESC, "receivedAt")).limit(FEEDBACK), Complaint.class)
                .stream().map(ComplaintServiceHistory::feedback).toList();
        return new ServiceHistory(open, latest, total, feedback);
    }

    private static ComplaintSummary summary(Complaint complaint) {
        return new ComplaintSummary(complaint.getNumber(), name(complaint.getKind()), name(complaint.getState()),
                name(complaint.getGrade()), name(complaint.getType()), name(complaint.getChannel()),
                complaint.getReceivedAt(), complaint.getResolvedAt(), complaint.getDescription());
    }

    private static FeedbackAnswer feedback(Complaint complaint) {
        Instant at = complaint.getTransitions().stream()
                .filter(t -> t.to() == ComplaintState.CLOSED || t.to() == ComplaintState.REOPENED)
                .map(Transition::at).reduce((first, second) -> second).orElse(complaint.getResolvedAt());
        return new FeedbackAnswer(complaint.getNumber(), complaint.getFollowUpOutcome().result().name(),
                complaint.getFollowUpOutcome().note(), at);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
