package dev.crm.complaint.persistence;

import dev.crm.complaint.domain.crisis.Crisis;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface CrisisRepository extends MongoRepository<Crisis, String> {

    Optional<Crisis> findByNumber(String number);

    Optional<Crisis> findByProblemId(String problemId);
}
