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
import dev.crm.customer.persistence.CustomerRepository;
import dev.crm.customer.persistence.CustomerSearch;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

@Service
public class CustomerRegistry implements CustomerDirectory {

    static final String RECORD_TYPE = "Customer";

    private final CustomerRepository customers;
    private final CustomerSearch search;
    private final AuditLog auditLog;
    private final Clock clock;

    CustomerRegistry(CustomerRepository customers, CustomerSearch search, AuditLog auditLog, Clock clock) {
        this.customers = customers;
        this.search = search;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Customer register(RegisterCustomer command, String by) {
        // Named checks first, for a 409 that says which contact is taken; the unique indexes
        // still decide a race between two registrations.
        refuseTakenContacts(command);
        Customer customer = Customer.register(command.displayName(), command.email(), command.phone(),
                command.externalRef(), command.region(), command.tags(), by, clock.instant());
        Customer saved;
        try {
            saved = customers.insert(customer);
        } catch (DuplicateKeyException race) {
            refuseTakenContacts(command);
            throw race;
        }
        auditLog.record(AuditEvent.of(by, "customer.registered", RECORD_TYPE, saved.getId()));
        return saved;
    }

    private void refuseTakenContacts(RegisterCustomer command) {
        if (command.email() != null && customers.findByEmail(command.email()).isPresent()) {
            throw new DuplicateRecordException("customer", "email", command.email().value());
        }
        if (command.phone() != null && customers.findByPhone(command.phone()).isPresent()) {
            throw new DuplicateRecordException("customer", "phone", command.phone().value());
        }
        if (command.externalRef() != null && !command.externalRef().isBlank()
                && customers.findByExternalRef(command.externalRef().strip()).isPresent()) {
            throw new DuplicateRecordException("customer", "externalRef", command.externalRef().strip());
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
        Optional<Customer> found = Optional.empty();
        if (EmailAddress.isValid(contact)) {
            found = customers.findByEmail(new EmailAddress(contact));
        } else if (PhoneNumber.isValid(contact)) {
            found = customers.findByPhone(new PhoneNumber(contact));
        }
        return found.or(() -> customers.findByExternalRef(contact.strip())).map(CustomerRegistry::toView);
    }

    static CustomerView toView(Customer customer) {
        return new CustomerView(new CustomerId(customer.getId()), customer.getDisplayName(), customer.getEmail(),
                customer.getPhone(), customer.getExternalRef(), customer.getRegion(), customer.getTags(),
                customer.getCreatedAt());
    }
}
