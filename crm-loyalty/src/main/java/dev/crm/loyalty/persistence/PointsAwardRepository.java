package dev.crm.loyalty.persistence;

import dev.crm.loyalty.domain.PointsAward;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface PointsAwardRepository extends MongoRepository<PointsAward, String> {

    Optional<PointsAward> findBySourceRef(String sourceRef);

    Page<PointsAward> findByCustomerId(String customerId, Pageable page);

    Page<PointsAward> findByStatus(PointsAward.Status status, Pageable page);
}
