package dev.crm.training.persistence;

import dev.crm.training.domain.Department;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface DepartmentRepository extends MongoRepository<Department, String> {

    boolean existsByParentCode(String parentCode);
}
