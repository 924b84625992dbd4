package dev.crm.customer.web;

import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.EmailAddress;
import dev.crm.core.api.IfMatch;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.PhoneNumber;
import dev.crm.core.api.ResultPage;
import dev.crm.core.api.Role;
import dev.crm.customer.api.LifecycleStage;
import dev.crm.customer.api.ValueTier;
import dev.crm.customer.application.Customer360;
import dev.crm.customer.application.CustomerRegistry;
import dev.crm.customer.application.CustomerValues;
import dev.crm.customer.web.CustomerValueWebMapper.CustomerValueResponse;
import dev.crm.customer.web.CustomerValueWebMapper.ValueChangeResponse;
import dev.crm.customer.domain.Customer;
import dev.crm.customer.domain.CustomerCriteria;
import jakarta.validation.Valid;
import dev.crm.customer.api.CustomerLoyalty;
import dev.crm.customer.api.CustomerServiceHistory;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/customers")
class CustomerController {

    private final CustomerRegistry registry;
    private final Customer360 customer360;
    private final CustomerValues values;
    private final CustomerWebMapper mapper;
    private final CustomerValueWebMapper valueMapper;
    private final OrderWebMapper orderMapper;
    private final CurrentStaff currentStaff;

    CustomerController(CustomerRegistry registry, Customer360 customer360, CustomerValues values,
                       CustomerWebMapper mapper, CustomerValueWebMapper valueMapper, OrderWebMapper orderMapper,
                       CurrentStaff currentStaff) {
        this.registry = registry;
        this.customer360 = customer360;
        this.values = values;
        this.mapper = mapper;
        this.valueMapper = valueMapper;
        this.orderMapper = orderMapper;
        this.currentStaff = currentStaff;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT')")
    ResponseEntity<CustomerResponse> register(@Valid @RequestBody CustomerProfileRequest request) {
        Customer customer = registry.register(mapper.toProfile(request), currentStaff.username());
        return ResponseEntity.created(URI.create("/api/v1/customers/" + customer.getId()))
                .eTag(etag(customer)).body(mapper.toResponse(customer));
    }

    /** Replaces the profile; {@code If-Match: "<version>"} makes it act only on the version the caller saw. */
    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT')")
    ResponseEntity<CustomerResponse> revise(@PathVariable String id, @Valid @RequestBody CustomerProfileRequest request,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Customer customer = registry.revise(id, mapper.toProfile(request), version(ifMatch), currentStaff.username());
        return ResponseEntity.ok().eTag(etag(customer)).body(mapper.toResponse(customer));
    }

    /** Erases the customer's personal data; the anonymous record stays for orders and statistics. */
    @DeleteMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
    ResponseEntity<Void> erase(@PathVariable String id) {
        registry.erase(id, currentStaff.username());
        return ResponseEntity.noContent().build();
    }

    /** Agents handling a case see the full contacts of the one customer they opened. */
    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT', 'ANALYST')")
    ResponseEntity<CustomerResponse> get(@PathVariable String id) {
        Customer customer = registry.get(id);
        boolean reveal = handlesCases();
        return ResponseEntity.ok().eTag(etag(customer)).body(reveal ? mapper.toResponse(customer) : masked(customer));
    }

    /**
     * The customer 360: profile, value (last scoring run and live), recent orders, complaints
     * and feedback, loyalty. Contacts are masked for analysts as in {@link #get}.
     */
    @GetMapping("/{id}/360")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT', 'ANALYST')")
    Customer360Response view360(@PathVariable String id) {
        Customer360.View view = customer360.of(id);
        boolean reveal = handlesCases();
        Customer customer = view.customer();
        return new Customer360Response(reveal ? mapper.toResponse(customer) : masked(customer),
                valueMapper.toResponse(view.value().scored()), valueMapper.toResponse(view.value().live()),
                view.recentOrders().stream().map(orderMapper::toResponse).toList(), view.service(), view.loyalty());
    }

    /** Last scoring run's value and the live valuation as of today. */
    @GetMapping("/{id}/value")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT', 'ANALYST')")
    ValueResponse value(@PathVariable String id) {
        CustomerValues.ValueNow value = values.valueOf(id);
        return new ValueResponse(valueMapper.toResponse(value.scored()), valueMapper.toResponse(value.live()));
    }

    @GetMapping("/{id}/value-changes")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT', 'ANALYST')")
    ResultPage<ValueChangeResponse> valueChanges(@PathVariable String id, @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        return values.changesOf(id, PageQuery.of(page, size)).map(valueMapper::toResponse);
    }

    /** Lists show masked contacts except to administrators and supervisors (data minimisation). */
    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT', 'ANALYST')")
    ResultPage<CustomerResponse> search(@RequestParam(required = false) String q,
                                        @RequestParam(required = false) String email,
                                        @RequestParam(required = false) String phone,
                                        @RequestParam(required = false) String externalRef,
                                        @RequestParam(required = false) String tag,
                                        @RequestParam(required = false) ValueTier tier,
                                        @RequestParam(required = false) LifecycleStage stage,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        CustomerCriteria criteria = new CustomerCriteria(blankToNull(q), email(email), phone(phone),
                blankToNull(externalRef), blankToNull(tag), tier, stage);
        boolean reveal = currentStaff.hasRole(Role.ADMIN) || currentStaff.hasRole(Role.SUPERVISOR);
        return registry.search(criteria, PageQuery.of(page, size))
                .map(customer -> reveal ? mapper.toResponse(customer) : masked(customer));
    }

    /** Staff who work cases see one customer's contacts in full; analysts see them masked. */
    private boolean handlesCases() {
        return currentStaff.hasRole(Role.ADMIN) || currentStaff.hasRole(Role.SUPERVISOR)
                || currentStaff.hasRole(Role.AGENT);
    }

    private CustomerResponse masked(Customer customer) {
        return mapper.toResponse(customer).masked(
                customer.getEmail() == null ? null : customer.getEmail().masked(),
                customer.getPhone() == null ? null : customer.getPhone().masked(),
                customer.getWechatOpenId() == null ? null : maskedOpenId(customer.getWechatOpenId()));
    }

    private static String maskedOpenId(String openId) {
        return openId.length() <= 4 ? "****" : openId.substring(0, 4) + "****";
    }

    private static String etag(Customer customer) {
        return "\"" + customer.getVersion() + "\"";
    }

    private static Long version(String ifMatch) {
        return IfMatch.version(ifMatch);
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

    record ValueResponse(CustomerValueResponse scored, CustomerValueResponse live) {
    }

    record Customer360Response(CustomerResponse profile, CustomerValueResponse scoredValue,
                               CustomerValueResponse liveValue, List<OrderController.OrderResponse> recentOrders,
                               CustomerServiceHistory.ServiceHistory service, CustomerLoyalty.LoyaltySummary loyalty) {
    }
}
