package dev.crm.customer.persistence;

import dev.crm.core.api.EmailAddress;
import dev.crm.core.api.PhoneNumber;
import dev.crm.customer.domain.Customer;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Reads and first inserts only: revisions go through {@link CustomerProfileStore}, never {@code save}. */
public interface CustomerRepository extends MongoRepository<Customer, String> {

    Optional<Customer> findByEmail(EmailAddress email);

    Optional<Customer> findByPhone(PhoneNumber phone);

    Optional<Customer> findByWechatOpenId(String wechatOpenId);

    Optional<Customer> findByExternalRef(String externalRef);
}
