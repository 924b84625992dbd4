package dev.crm.training.persistence;

import dev.crm.training.domain.Enrolment;
import dev.crm.training.domain.EnrolmentStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface EnrolmentRepository extends MongoRepository<Enrolment, String> {

    Optional<Enrolment> findByTriggerKey(String triggerKey);

    Optional<Enrolment> findByOpenKey(String openKey);

    Page<Enrolment> findByStaff(String staff, Pageable pageable);

    Page<Enrolment> findByStaffAndStatus(String staff, EnrolmentStatus status, Pageable pageable);

    List<Enrolment> findByStaffAndStatus(String staff, EnrolmentStatus status);

    Page<Enrolment> findByStatusAndDueDateBefore(EnrolmentStatus status, LocalDate day, Pageable pageable);

    Page<Enrolment> findByStatusAndDueDateBeforeAndStaffIn(EnrolmentStatus status, LocalDate day,
                                                           Collection<String> staff, Pageable pageable);

    List<Enrolment> findTop100ByCertificateDueTrue();

    /** Enrolments due in {@code [from, to]} (business days) of any of the people: scorecards. */
    @org.springframework.data.mongodb.repository.Query("{ 'staff': { $in: ?0 }, 'dueDate': { $gte: ?1, $lte: ?2 } }")
    List<Enrolment> dueIn(Collection<String> staff, LocalDate from, LocalDate to);

    List<Enrolment> findByCourseCodeAndStatus(String courseCode, EnrolmentStatus status);

    List<Enrolment> findByCourseCode(String courseCode, Sort sort);

    List<Enrolment> findByPlanId(String planId, Sort sort);
}
