package dev.crm.complaint.persistence;

import dev.crm.complaint.domain.problem.ProblemRecord;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface ProblemRecordRepository extends MongoRepository<ProblemRecord, String> {

    Optional<ProblemRecord> findByNumber(String number);

    Optional<ProblemRecord> findByDetectionKey(String detectionKey);
}
