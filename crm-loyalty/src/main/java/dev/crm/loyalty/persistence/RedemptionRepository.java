package dev.crm.loyalty.persistence;

import dev.crm.loyalty.domain.Redemption;
import dev.crm.loyalty.domain.RedemptionState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface RedemptionRepository extends MongoRepository<Redemption, String> {

    Optional<Redemption> findByRequestKey(String requestKey);

    Page<Redemption> findByCustomerId(String customerId, Pageable page);

    /** Left reserved by a crash between reserving and debiting (the ledger connection's catch-up). */
    List<Redemption> findByStateAndReservedAtBefore(RedemptionState state, Instant before, Pageable page);

    /** Cancelled with the points refund not yet given. */
    List<Redemption> findByStateAndRefundDueTrue(RedemptionState state, Pageable page);
}
