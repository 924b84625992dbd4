package dev.crm.complaint.persistence;

import dev.crm.complaint.domain.crisis.CrisisDrill;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface CrisisDrillRepository extends MongoRepository<CrisisDrill, String> {
}
