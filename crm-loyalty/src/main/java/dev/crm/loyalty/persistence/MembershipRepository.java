package dev.crm.loyalty.persistence;

import dev.crm.loyalty.domain.Membership;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface MembershipRepository extends MongoRepository<Membership, String> {

    Page<Membership> findByProgramId(String programId, Pageable page);

}
