package dev.crm.training.persistence;

import dev.crm.training.domain.RemedialCourseRule;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface RemedialCourseRuleRepository extends MongoRepository<RemedialCourseRule, String> {
}
