package dev.crm.core.persistence;

import dev.crm.core.domain.StaffAccount;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface StaffAccountRepository extends MongoRepository<StaffAccount, String> {

    Optional<StaffAccount> findByUsername(String username);

    boolean existsByUsername(String username);
}
