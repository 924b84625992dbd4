package dev.crm.loyalty.persistence;

import dev.crm.loyalty.domain.MembershipLevel;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface MembershipLevelRepository extends MongoRepository<MembershipLevel, String> {

    List<MembershipLevel> findAllByOrderByRankAsc();

    List<MembershipLevel> findAllByOrderByRankAsc(Pageable page);

    boolean existsByRank(int rank);
}
