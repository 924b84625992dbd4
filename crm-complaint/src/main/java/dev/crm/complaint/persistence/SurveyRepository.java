package dev.crm.complaint.persistence;

import dev.crm.complaint.api.SurveyStatus;
import dev.crm.complaint.domain.Survey;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface SurveyRepository extends MongoRepository<Survey, String> {

    Optional<Survey> findByTokenHash(String tokenHash);

    Optional<Survey> findByOrigin(String origin);

    boolean existsByOrigin(String origin);

    List<Survey> findByComplaintNumberOrderByCreatedAtAsc(String complaintNumber);

    List<Survey> findByComplaintNumberAndStatusIn(String complaintNumber, Collection<SurveyStatus> statuses);
}
