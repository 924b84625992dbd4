package dev.crm.training.persistence;

import dev.crm.training.domain.ReactionSurvey;
import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface ReactionSurveyRepository extends MongoRepository<ReactionSurvey, String> {

    List<ReactionSurvey> findByCourseCode(String courseCode);
}
