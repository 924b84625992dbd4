package dev.crm.training.persistence;

import dev.crm.training.domain.QuestionBank;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface QuestionBankRepository extends MongoRepository<QuestionBank, String> {
}
