package dev.crm.training.persistence;

import dev.crm.training.domain.TrainingPlan;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface TrainingPlanRepository extends MongoRepository<TrainingPlan, String> {

    Page<TrainingPlan> findByDepartmentCode(String departmentCode, Pageable pageable);
}
