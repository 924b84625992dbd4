package dev.crm.customer.web;

import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.EmailAddress;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.PhoneNumber;
import dev.crm.core.api.ResultPage;
import dev.crm.core.api.Role;
import dev.crm.customer.application.CustomerRegistry;
import dev.crm.customer.domain.Customer;
import dev.crm.customer.domain.CustomerCriteria;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/customers")
class CustomerController {

    private final CustomerRegistry registry;
    private final CustomerWebMapper mapper;
    private final CurrentStaff currentStaff;

    CustomerController(CustomerRegistry registry, CustomerWebMapper mapper, CurrentStaff currentStaff) {
        this.registry = registry;
        this.mapper = mapper;
        this.currentStaff = currentStaff;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT')")
    ResponseEntity<CustomerResponse> register(@Valid @RequestBody RegisterCustomerRequest request) {
        Customer customer = registry.register(mapper.toCommand(request), currentStaff.username());
        return ResponseEntity.created(URI.create("/api/v1/customers/" + customer.getId()))
                .body(mapper.toResponse(customer));
    }

    /** Agents handling a case see the full contacts of the one customer they opened. */
    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT', 'ANALYST')")
    CustomerResponse get(@PathVariable String id) {
        Customer customer = registry.get(id);
        boolean reveal = currentStaff.hasRole(Role.ADMIN) || currentStaff.hasRole(Role.SUPERVISOR)
                || currentStaff.hasRole(Role.AGENT);
        return reveal ? mapper.toResponse(customer) : masked(customer);
    }

    /** Lists show masked contacts except to administrators and supervisors (data minimisation). */
    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT', 'ANALYST')")
    ResultPage<CustomerResponse> search(@RequestParam(required = false) String q,
                                        @RequestParam(required = false) String email,
                                        @RequestParam(required = false) String phone,
                                        @RequestParam(required = false) String externalRef,
                                        @RequestParam(required = false) String tag,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        CustomerCriteria criteria = new CustomerCriteria(blankToNull(q), email(email), phone(phone),
                blankToNull(externalRef), blankToNull(tag));
        boolean reveal = currentStaff.hasRole(Role.ADMIN) || currentStaff.hasRole(Role.SUPERVISOR);
        return registry.search(criteria, PageQuery.of(page, size))
                .map(customer -> reveal ? mapper.toResponse(customer) : masked(customer));
    }

    private CustomerResponse masked(Customer customer) {
        return mapper.toResponse(customer).masked(
                customer.getEmail() == null ? null : customer.getEmail().masked(),
                customer.getPhone() == null ? null : customer.getPhone().masked());
    }

    private static EmailAddress email(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!EmailAddress.isValid(value)) {
            throw new InvalidInputException("email", "not a valid e-mail address");
        }
        return new EmailAddress(value);
    }

    private static PhoneNumber phone(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!PhoneNumber.isValid(value)) {
            throw new InvalidInputException("phone", "not a valid phone number");
        }
        return new PhoneNumber(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
