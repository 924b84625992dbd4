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

    /** Certificates of any of the people issued before and valid after {@code at}. */
    @org.springframework.data.mongodb.repository.Query("{ 'staff': { $in: ?0 }, 'issuedAt': { $lte: ?1 }, 'validUntil': { $gt: ?1 } }")
    List<Certificate> validAt(java.util.Collection<String> staff, java.time.Instant at);

    List<Certificate> findByStaffAndCourseCodeAndRenewedByIsNull(String staff, String courseCode);
}
