package dev.crm.loyalty.web;

import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.core.api.Role;
import dev.crm.customer.api.CustomerId;
import dev.crm.loyalty.application.IdempotencyKeys;
import dev.crm.loyalty.application.IdempotencyKeys.Claim;
import dev.crm.loyalty.application.PointsLedger;
import dev.crm.loyalty.application.PointsReports;
import dev.crm.loyalty.api.PointsPosting;
import dev.crm.loyalty.web.PointsResponses.AccountResponse;
import dev.crm.loyalty.web.PointsResponses.EntryResponse;
import dev.crm.loyalty.web.TransactionRequest.TransactionType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Points accounts. A transaction moves value, so it needs an {@code Idempotency-Key}: the first
 * answer under a key (success or refusal) is stored and every repeat with the same body gets it
 * again, byte for byte, with {@code Idempotency-Replayed: true}; the key with another body is a 409.
 * Who may post what: EARN and REVERSE (refunds) ADMIN, SUPERVISOR and INTEGRATOR (the shop), REDEEM
 * also AGENT (at the customer's request), ADJUST (a manual correction) ADMIN and SUPERVISOR only.
 * Agents grant goodwill points through the complaint's remedies, where the case justifies them.
 */
@RestController
@RequestMapping("/api/v1/loyalty/accounts/{customerId}")
class PointsAccountController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final int MAX_KEY = IdempotencyKeys.MAX_KEY;
    private static final Map<TransactionType, Set<Role>> MAY_POST = Map.of(
            TransactionType.EARN, EnumSet.of(Role.ADMIN, Role.SUPERVISOR, Role.INTEGRATOR),
            TransactionType.REDEEM, EnumSet.of(Role.ADMIN, Role.SUPERVISOR, Role.AGENT, Role.INTEGRATOR),
            TransactionType.ADJUST, EnumSet.of(Role.ADMIN, Role.SUPERVISOR),
            TransactionType.REVERSE, EnumSet.of(Role.ADMIN, Role.SUPERVISOR, Role.INTEGRATOR));

    private final PointsLedger ledger;
    private final PointsReports reports;
    private final IdempotencyKeys keys;
    private final PointsWebMapper mapper;
    private final JsonMapper json;
    private final CurrentStaff currentStaff;
    private final AuditLog auditLog;

    PointsAccountController(PointsLedger ledger, PointsReports reports, IdempotencyKeys keys, PointsWebMapper mapper,
                            JsonMapper json, CurrentStaff currentStaff, AuditLog auditLog) {
        this.ledger = ledger;
        this.reports = reports;
        this.keys = keys;
        this.mapper = mapper;
        this.json = json;
        this.currentStaff = currentStaff;
        this.auditLog = auditLog;
    }

    /** 201 with the new entry, 200 when the reference was posted before (the original entry). */
    @PostMapping("/transactions")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT', 'INTEGRATOR')")
    ResponseEntity<String> post(@PathVariable String customerId,
                                @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key,
                                @RequestBody TransactionRequest body, HttpServletRequest http) {
        if (body.type() != null && currentStaff.roles().stream().noneMatch(MAY_POST.get(body.type())::contains)) {
            throw new AccessDeniedException("may not post " + body.type());
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (key == null || key.isBlank()) {
            violations.add(new FieldViolation(IDEMPOTENCY_KEY, "is required: a points transaction moves value"));
        } else if (key.length() > MAX_KEY) {
            violations.add(new FieldViolation(IDEMPOTENCY_KEY, "must be at most " + MAX_KEY + " characters"));
        }
        violations.addAll(body.violations());
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ledger.requireCustomer(customerId);
        Claim claim = keys.begin(customerId, key, IdempotencyKeys.hash(body.fingerprint()));
        if (claim instanceof IdempotencyKeys.Replay replay) {
            return ResponseEntity.status(replay.status()).contentType(MediaType.parseMediaType(replay.contentType()))
                    .header("Idempotency-Replayed", "true").body(replay.body());
        }
        if (claim instanceof IdempotencyKeys.Mismatch) {
            return problem(LedgerProblems.problem(409, "duplicate", "The record already exists",
                    "This Idempotency-Key was used for a different request",
                    List.of(new FieldViolation(IDEMPOTENCY_KEY, "was already used for a different request")),
                    http.getRequestURI()));
        }
        if (claim instanceof IdempotencyKeys.Run run) {
            return run(run, customerId, key, body, http.getRequestURI());
        }
        return problem(LedgerProblems.problem(409, "concurrent-modification",
                "The record was changed by someone else; reload and retry",
                "A request with this Idempotency-Key is still being processed; retry shortly", List.of(),
                http.getRequestURI()));
    }

    private ResponseEntity<String> run(IdempotencyKeys.Run run, String customerId, String key,
                                       TransactionRequest body, String instance) {
        try {
            PointsPosting posting = post(customerId, key, body);
            int status = posting.replayed() ? 200 : 201;
            String answer = json.writeValueAsString(mapper.toResponse(posting));
            keys.complete(run, status, MediaType.APPLICATION_JSON_VALUE, answer);
            if (!posting.replayed() && (body.type() == TransactionType.ADJUST || body.type() == TransactionType.REVERSE)) {
                auditLog.record(new AuditEvent(currentStaff.username(), "loyalty.points-" + body.type().name()
                        .toLowerCase(Locale.ROOT), "PointsAccount", customerId,
                        Map.of("entry", posting.entry().id(), "points", String.valueOf(posting.entry().points()))));
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(answer);
        } catch (RuntimeException refused) {
            Optional<LedgerProblems.Problem> problem = LedgerProblems.of(refused, instance);
            if (problem.isEmpty()) {
                keys.release(run);
                throw refused;
            }
            String answer = json.writeValueAsString(problem.get().body());
            keys.complete(run, problem.get().status(), MediaType.APPLICATION_PROBLEM_JSON_VALUE, answer);
            return ResponseEntity.status(problem.get().status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(answer);
        }
    }

    private PointsPosting post(String customerId, String key, TransactionRequest body) {
        CustomerId customer = new CustomerId(customerId);
        String by = currentStaff.username();
        // Without a business reference the key stands in.
        String sourceRef = body.reference() != null ? body.reference() : IdempotencyKeys.sourceRef(customerId, key);
        return switch (body.type()) {
            case EARN -> ledger.earn(customer, body.points(), body.kind(), sourceRef, body.expiresAt(), body.reason(),
                    by);
            case REDEEM -> ledger.redeem(customer, body.points(), sourceRef, body.reason(), by);
            case ADJUST -> ledger.adjust(customer, body.points(), sourceRef, body.reason(), by);
            case REVERSE -> ledger.reverse(customer, body.reference(), body.reason(), by);
        };
    }

    private ResponseEntity<String> problem(LedgerProblems.Problem problem) {
        return ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(json.writeValueAsString(problem.body()));
    }

    /** Balance, spendable points, open lots and the points expiring soon; all zero before the first posting. */
    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT', 'ANALYST', 'INTEGRATOR')")
    AccountResponse account(@PathVariable String customerId) {
        return mapper.toResponse(ledger.accountOf(customerId));
    }

    /** The ledger of the account, oldest first, each entry with the balance after it. */
    @GetMapping("/statement")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT', 'ANALYST')")
    ResultPage<EntryResponse> statement(@PathVariable String customerId, @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        return reports.statement(customerId, PageQuery.of(page, size)).map(mapper::toResponse);
    }
}
