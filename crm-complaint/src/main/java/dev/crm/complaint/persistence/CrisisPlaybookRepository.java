package dev.crm.complaint.persistence;

import dev.crm.complaint.domain.crisis.CrisisPlaybook;
import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface CrisisPlaybookRepository extends MongoRepository<CrisisPlaybook, String> {

    List<CrisisPlaybook> findAllByOrderByNameAsc();
}
