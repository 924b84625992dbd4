package dev.crm.training.persistence;

import dev.crm.training.domain.Appraisal;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface AppraisalRepository extends MongoRepository<Appraisal, String> {

    List<Appraisal> findByPeriod(String period);

    Page<Appraisal> findByPeriod(String period, Pageable pageable);

    Page<Appraisal> findByPeriodAndStaffIn(String period, Collection<String> staff, Pageable pageable);

    Page<Appraisal> findByStaff(String staff, Pageable pageable);
}
