package dev.crm.loyalty.persistence;

import dev.crm.loyalty.domain.EnrolmentMode;
import dev.crm.loyalty.domain.LoyaltyProgram;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface LoyaltyProgramRepository extends MongoRepository<LoyaltyProgram, String> {

    Page<LoyaltyProgram> findAllBy(Pageable page);

    Optional<LoyaltyProgram> findFirstByEnrolmentOrderByCreatedAtAscIdAsc(EnrolmentMode enrolment);

    List<LoyaltyProgram> findByEnrolment(EnrolmentMode enrolment);
}
