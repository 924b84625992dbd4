package dev.crm.loyalty.persistence;

import dev.crm.loyalty.domain.Membership;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface MembershipRepository extends MongoRepository<Membership, String> {

    Page<Membership> findByProgramId(String programId, Pageable page);

    /** A batch of the review pass, in id order after the last one seen. */
    List<Membership> findByCustomerIdGreaterThanOrderByCustomerIdAsc(String after, Pageable page);
}
