package dev.crm.complaint.persistence;

import dev.crm.complaint.domain.SlaPolicy;
import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface SlaPolicyRepository extends MongoRepository<SlaPolicy, String> {

    List<SlaPolicy> findAllByOrderByPositionAsc();
}
