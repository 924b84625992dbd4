package dev.crm.loyalty.persistence;

import dev.crm.loyalty.domain.Voucher;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface VoucherRepository extends MongoRepository<Voucher, String> {

    Optional<Voucher> findByRedemptionId(String redemptionId);
}
