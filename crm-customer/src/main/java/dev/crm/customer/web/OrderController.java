package dev.crm.customer.web;

import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.JobView;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.customer.application.OrderBook;
import dev.crm.customer.application.OrderBook.RecordedOrder;
import dev.crm.customer.domain.Order;
import dev.crm.customer.domain.OrderDraft;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import org.springframework.http.HttpStatus;
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
@RequestMapping("/api/v1")
class OrderController {

    private final OrderBook orderBook;
    private final OrderWebMapper mapper;
    private final CurrentStaff currentStaff;

    OrderController(OrderBook orderBook, OrderWebMapper mapper, CurrentStaff currentStaff) {
        this.orderBook = orderBook;
        this.mapper = mapper;
        this.currentStaff = currentStaff;
    }

    /** 201 when recorded now, 200 when the same order was recorded before (idempotent retry). */
    @PostMapping("/orders")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'INTEGRATOR')")
    ResponseEntity<OrderResponse> record(@Valid @RequestBody OrderRequest request) {
        OrderDraft draft = new OrderDraft(blankToNull(request.customerRef()), request.orderRef().strip(),
                request.orderedAt(), request.amount(),
                request.currency() == null ? null : request.currency().strip().toUpperCase(Locale.ROOT),
                request.margin(), blankToNull(request.productCategory()), blankToNull(request.channel()));
        RecordedOrder recorded = orderBook.record(draft, blankToNull(request.customerId()), currentStaff.username());
        OrderResponse body = mapper.toResponse(recorded.order());
        return recorded.created()
                ? ResponseEntity.created(URI.create("/api/v1/orders/" + recorded.order().getOrderRef())).body(body)
                : ResponseEntity.ok(body);
    }

    /**
     * Starts an import of a CSV body ({@code text/csv}); 202 with the job, whose progress is at
     * the {@code Location}. A wrong header is a 400 at once; bad rows are reported by the job.
     */
    @PostMapping(path = "/orders/import", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    @PreAuthorize("hasAnyRole('ADMIN', 'INTEGRATOR')")
    ResponseEntity<JobView> startImport(HttpServletRequest request) throws IOException {
        JobView job = orderBook.startImport(request.getInputStream(), currentStaff.username());
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/jobs/" + job.id())).body(job);
    }

    @GetMapping("/orders/{orderRef}")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT', 'ANALYST', 'INTEGRATOR')")
    OrderResponse get(@PathVariable String orderRef) {
        return mapper.toResponse(orderBook.get(orderRef));
    }

    @GetMapping("/customers/{customerId}/orders")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT', 'ANALYST')")
    ResultPage<OrderResponse> ordersOf(@PathVariable String customerId, @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        return orderBook.ordersOf(customerId, PageQuery.of(page, size)).map(mapper::toResponse);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Either {@code customerId} (an existing customer) or {@code customerRef} (registered if unknown). */
    record OrderRequest(@Size(max = 100) String customerId, @Size(max = 100) String customerRef,
                        @NotBlank @Size(max = 100) String orderRef, @NotNull Instant orderedAt,
                        @NotNull BigDecimal amount, @NotBlank String currency, BigDecimal margin,
                        @Size(max = 100) String productCategory, @Size(max = 50) String channel) {
    }

    record OrderResponse(String orderRef, String customerId, Instant orderedAt, BigDecimal amount, String currency,
                         BigDecimal margin, String productCategory, String channel, String importJobId,
                         Instant recordedAt, String recordedBy) {
    }
}
