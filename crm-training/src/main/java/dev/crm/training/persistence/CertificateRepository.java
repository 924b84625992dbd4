package dev.crm.training.persistence;

import dev.crm.training.domain.Certificate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface CertificateRepository extends MongoRepository<Certificate, String> {

    Optional<Certificate> findBySourceKey(String sourceKey);

    Page<Certificate> findByStaff(String staff, Pageable pageable);

    List<Certificate> findByStaffAndCourseCodeAndRenewedByIsNull(String staff, String courseCode);
}
