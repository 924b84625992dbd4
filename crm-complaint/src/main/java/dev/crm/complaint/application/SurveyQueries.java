package dev.crm.complaint.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.complaint.domain.ReturnVisit;
import dev.crm.complaint.domain.Survey;
import dev.crm.complaint.persistence.ReturnVisitRepository;
import dev.crm.complaint.persistence.SurveyRepository;
import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.ResultPage;
import dev.crm.core.api.Role;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Reading surveys and return visits for staff. */
@Service
public class SurveyQueries {

    private final SurveyRepository surveys;
    private final ReturnVisitRepository visits;
    private final CurrentStaff currentStaff;
    private final MongoOperations mongo;

    SurveyQueries(SurveyRepository surveys, ReturnVisitRepository visits, CurrentStaff currentStaff,
                  MongoOperations mongo) {
        this.surveys = surveys;
        this.visits = visits;
        this.currentStaff = currentStaff;
        this.mongo = mongo;
    }

    /** A complaint's surveys, oldest first (one per resolution). */
    public List<Survey> ofComplaint(String complaintNumber) {
        return surveys.findByComplaintNumberOrderByCreatedAtAsc(complaintNumber);
    }

    /**
     * Return visits, soonest due first. Agents see their own and unassigned ones (the pool);
     * supervisors and admins all, optionally one assignee's.
     */
    public ResultPage<ReturnVisit> returnVisits(ReturnVisit.Status status, String assignee, PageQuery page) {
        List<Criteria> conditions = new ArrayList<>();
        if (status != null) {
            conditions.add(where("status").is(status));
        }
        if (currentStaff.hasRole(Role.ADMIN) || currentStaff.hasRole(Role.SUPERVISOR)) {
            if (assignee != null) {
                conditions.add(where("assignee").is(assignee));
            }
        } else {
            conditions.add(new Criteria().orOperator(where("assignee").is(currentStaff.username()),
                    where("assignee").isNull()));
        }
        Query query = conditions.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(conditions));
        long total = mongo.count(query, ReturnVisit.class);
        query.with(Sort.by("dueAt", "_id")).skip(page.offset()).limit(page.size());
        return new ResultPage<>(mongo.find(query, ReturnVisit.class), page.page(), page.size(), total);
    }

    public ReturnVisit returnVisit(String id) {
        ReturnVisit visit = visits.findById(id).orElseThrow(() -> new RecordNotFoundException("return visit", id));
        if (!currentStaff.hasRole(Role.ADMIN) && !currentStaff.hasRole(Role.SUPERVISOR)
                && visit.isAssignedToOtherThan(currentStaff.username())) {
            throw new org.springframework.security.access.AccessDeniedException("return visit " + id
                    + " is assigned to someone else");
        }
        return visit;
    }
}
