package dev.crm.complaint.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.complaint.domain.crisis.Crisis;
import dev.crm.complaint.domain.crisis.CrisisDrill;
import dev.crm.complaint.domain.crisis.RecoveryStage;
import dev.crm.complaint.domain.problem.PdcaStage;
import dev.crm.complaint.domain.problem.ProblemOrigin;
import dev.crm.complaint.domain.problem.ProblemRecord;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Problem records, crises and drills: lists newest first, and what the watch and the survey part look for. */
@Component
public class ProblemSearch {

    private final MongoOperations mongo;

    ProblemSearch(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public ResultPage<ProblemRecord> problems(PdcaStage stage, ProblemOrigin origin, Boolean open, PageQuery page) {
        Query query = new Query();
        if (stage != null) {
            query.addCriteria(where("stage").is(stage));
        } else if (open != null) {
            query.addCriteria(open ? where("stage").ne(PdcaStage.CLOSED) : where("stage").is(PdcaStage.CLOSED));
        }
        if (origin != null) {
            query.addCriteria(where("origin").is(origin));
        }
        return page(query, Sort.by(Sort.Direction.DESC, "openedAt", "number"), page, ProblemRecord.class);
    }

    public ResultPage<Crisis> crises(RecoveryStage stage, Boolean open, PageQuery page) {
        Query query = new Query();
        if (stage != null) {
            query.addCriteria(where("stage").is(stage));
        } else if (open != null) {
            query.addCriteria(open ? where("stage").ne(RecoveryStage.CLOSED) : where("stage").is(RecoveryStage.CLOSED));
        }
        return page(query, Sort.by(Sort.Direction.DESC, "detectedAt", "number"), page, Crisis.class);
    }

    public ResultPage<CrisisDrill> drills(String playbookId, PageQuery page) {
        Query query = new Query();
        if (playbookId != null) {
            query.addCriteria(where("playbookId").is(playbookId));
        }
        return page(query, Sort.by(Sort.Direction.DESC, "heldAt"), page, CrisisDrill.class);
    }

    /** Crises whose first-communication deadline has passed without a communication or a flag. */
    public List<Crisis> communicationOverdue(Instant now, int limit) {
        Query due = Query.query(where("communicationWatchAt").lte(now)).with(Sort.by("communicationWatchAt"))
                .limit(limit);
        return mongo.find(due, Crisis.class);
    }

    /** Crises with a communication to the customers still undelivered since before {@code before}. */
    public List<Crisis> communicationUndelivered(Instant before, int limit) {
        return mongo.find(Query.query(where("deliveryPendingSince").lt(before)).with(Sort.by("deliveryPendingSince"))
                .limit(limit), Crisis.class);
    }

    /** Crises whose post-crisis survey is requested and not yet sent. */
    public List<Crisis> postCrisisSurveysRequested() {
        return mongo.find(Query.query(where("postCrisisSurveyRequested").is(true).and("postCrisisSurveyRef").is(null))
                .with(Sort.by("postCrisisSurveyRequestedAt")), Crisis.class);
    }

    private <T> ResultPage<T> page(Query query, Sort sort, PageQuery page, Class<T> type) {
        long total = mongo.count(query, type);
        query.with(sort).skip(page.offset()).limit(page.size());
        return new ResultPage<>(mongo.find(query, type), page.page(), page.size(), total);
    }
}
