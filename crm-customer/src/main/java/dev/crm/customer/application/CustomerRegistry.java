package dev.crm.customer.application;

import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.DuplicateRecordException;
import dev.crm.core.api.EmailAddress;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.PhoneNumber;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.ResultPage;
import dev.crm.customer.api.CustomerDirectory;
import dev.crm.customer.api.CustomerId;
import dev.crm.customer.api.CustomerView;
import dev.crm.customer.domain.Customer;
import dev.crm.customer.domain.CustomerCriteria;
import dev.crm.customer.domain.CustomerProfile;
import dev.crm.customer.domain.CustomerValue;
import dev.crm.customer.persistence.CustomerProfileStore;
import dev.crm.customer.persistence.CustomerRepository;
import dev.crm.customer.persistence.CustomerSearch;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/** Registers, revises, erases and finds customers; every change is audit-logged. */
@Service
public class CustomerRegistry implements CustomerDirectory {

    static final String RECORD_TYPE = "Customer";

    private final CustomerRepository customers;
    private final CustomerProfileStore profiles;
    private final CustomerSearch search;
    private final AuditLog auditLog;
    private final Clock clock;

    CustomerRegistry(CustomerRepository customers, CustomerProfileStore profiles, CustomerSearch search,
                     AuditLog auditLog, Clock clock) {
        this.customers = customers;
        this.profiles = profiles;
        this.search = search;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Customer register(CustomerProfile profile, String by) {
        Customer customer = Customer.register(profile, by, clock.instant());
        // Named checks first, for a 409 that says which contact is taken; the unique indexes
        // still decide a race between two registrations.
        refuseTakenContacts(customer.profile(), null);
        Customer saved;
        try {
            saved = customers.insert(customer);
        } catch (DuplicateKeyException race) {
            refuseTakenContacts(customer.profile(), null);
            throw race;
        }
        auditLog.record(AuditEvent.of(by, "customer.registered", RECORD_TYPE, saved.getId()));
        return saved;
    }

    /** Replaces the profile if the customer is still at {@code expectedVersion} (null: whatever it is now). */
    public Customer revise(String id, CustomerProfile profile, Long expectedVersion, String by) {
        Customer customer = get(id);
        if (expectedVersion != null && !expectedVersion.equals(customer.getVersion())) {
            throw new OptimisticLockingFailureException("customer " + id + " is at version " + customer.getVersion()
                    + ", not " + expectedVersion + "; reload it and try again");
        }
        customer.revise(profile, by, clock.instant());
        refuseTakenContacts(customer.profile(), id);
        Customer saved;
        try {
            saved = profiles.writeProfile(customer);
        } catch (DuplicateKeyException race) {
            refuseTakenContacts(customer.profile(), id);
            throw race;
        }
        auditLog.record(AuditEvent.of(by, "customer.revised", RECORD_TYPE, id));
        return saved;
    }

    /** Erases the personal data (right to erasure); orders and value history stay, anonymous. */
    public Customer erase(String id, String by) {
        Customer customer = get(id);
        if (customer.isErased()) {
            return customer;
        }
        customer.erase(by, clock.instant());
        Customer saved = profiles.writeProfile(customer);
        auditLog.record(AuditEvent.of(by, "customer.erased", RECORD_TYPE, id));
        return saved;
    }

    private void refuseTakenContacts(CustomerProfile profile, String self) {
        if (profile.email() != null) {
            refuseIfOther(customers.findByEmail(profile.email()), self, "email", profile.email().value());
        }
        if (profile.phone() != null) {
            refuseIfOther(customers.findByPhone(profile.phone()), self, "phone", profile.phone().value());
        }
        if (profile.wechatOpenId() != null) {
            refuseIfOther(customers.findByWechatOpenId(profile.wechatOpenId()), self, "wechatOpenId",
                    profile.wechatOpenId());
        }
        if (profile.externalRef() != null) {
            refuseIfOther(customers.findByExternalRef(profile.externalRef()), self, "externalRef",
                    profile.externalRef());
        }
    }

    private static void refuseIfOther(Optional<Customer> holder, String self, String field, String value) {
        if (holder.isPresent() && !Objects.equals(holder.get().getId(), self)) {
            throw new DuplicateRecordException("customer", field, value);
        }
    }

    public Customer get(String id) {
        return customers.findById(id).orElseThrow(() -> new RecordNotFoundException("customer", id));
    }

    public ResultPage<Customer> search(CustomerCriteria criteria, PageQuery page) {
        return search.search(criteria, page);
    }

    @Override
    public Optional<CustomerView> find(CustomerId id) {
        return customers.findById(id.value()).map(CustomerRegistry::toView);
    }

    @Override
    public Optional<CustomerView> findByContact(String contact) {
        if (contact == null || contact.isBlank()) {
            return Optional.empty();
        }
        String text = contact.strip();
        Optional<Customer> found = Optional.empty();
        if (EmailAddress.isValid(text)) {
            found = customers.findByEmail(new EmailAddress(text));
        } else if (PhoneNumber.isValid(text)) {
            found = customers.findByPhone(new PhoneNumber(text));
        }
        return found.or(() -> customers.findByWechatOpenId(text))
                .or(() -> customers.findByExternalRef(text))
                .filter(customer -> !customer.isErased())
                .map(CustomerRegistry::toView);
    }

    static CustomerView toView(Customer customer) {
        CustomerValue value = customer.getValue();
        return new CustomerView(new CustomerId(customer.getId()), customer.getDisplayName(), customer.getEmail(),
                customer.getPhone(), customer.getWechatOpenId(), customer.getExternalRef(), customer.getConsents(),
                customer.getPreferredChannel(), customer.getRegion(), customer.getTags(), customer.getRiskFlags(),
                value == null ? null : value.tier(), value == null ? null : value.stage(), customer.getCreatedAt());
    }
}
