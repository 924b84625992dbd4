package dev.crm.training.persistence;

import dev.crm.training.domain.AppraisalScheme;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface AppraisalSchemeRepository extends MongoRepository<AppraisalScheme, String> {
}
