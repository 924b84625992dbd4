package dev.crm.loyalty.persistence;

import dev.crm.loyalty.domain.Redemption;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface RedemptionRepository extends MongoRepository<Redemption, String> {

    Optional<Redemption> findByRequestKey(String requestKey);

    Page<Redemption> findByCustomerId(String customerId, Pageable page);
}
