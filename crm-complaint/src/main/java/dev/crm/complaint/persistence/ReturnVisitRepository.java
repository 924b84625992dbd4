package dev.crm.complaint.persistence;

import dev.crm.complaint.domain.ReturnVisit;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface ReturnVisitRepository extends MongoRepository<ReturnVisit, String> {

    Optional<ReturnVisit> findBySurveyId(String surveyId);

    List<ReturnVisit> findByComplaintNumber(String complaintNumber);

    List<ReturnVisit> findByComplaintNumberAndStatus(String complaintNumber, ReturnVisit.Status status);
}
