package dev.crm.complaint.persistence;

import dev.crm.complaint.domain.Complaint;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface ComplaintRepository extends MongoRepository<Complaint, String> {

    Optional<Complaint> findByNumber(String number);

    boolean existsByNumber(String number);

    Optional<Complaint> findFirstByThreadIdOrderByRegisteredAtDesc(String threadId);

    boolean existsBySourceMessageId(String sourceMessageId);
}
