package dev.crm.training.persistence;

import dev.crm.training.domain.StaffProfile;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface StaffProfileRepository extends MongoRepository<StaffProfile, String> {

    Page<StaffProfile> findByDepartmentCode(String departmentCode, Pageable pageable);

    Page<StaffProfile> findBySupervisor(String supervisor, Pageable pageable);

    Page<StaffProfile> findByDepartmentCodeAndSupervisor(String departmentCode, String supervisor, Pageable pageable);

    List<StaffProfile> findByDepartmentCode(String departmentCode, org.springframework.data.domain.Sort sort);

    List<StaffProfile> findBySupervisorIn(Collection<String> supervisors);
}
