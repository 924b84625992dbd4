package dev.crm.customer.web;

import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.JobView;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.customer.application.ClvFitting;
import dev.crm.customer.application.ValueRulesStore;
import dev.crm.customer.application.ValueScoring;
import dev.crm.customer.domain.clv.ModelTimeUnit;
import dev.crm.customer.web.ValueWebMapper.ClvFitResponse;
import dev.crm.customer.web.ValueWebMapper.ValueRulesBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Model fits, scoring runs and the tier/stage rules: analysts fit and score, administrators set rules. */
@RestController
@RequestMapping("/api/v1")
class CustomerValueController {

    private final ClvFitting fitting;
    private final ValueScoring scoring;
    private final ValueRulesStore rules;
    private final ValueWebMapper mapper;
    private final CurrentStaff currentStaff;

    CustomerValueController(ClvFitting fitting, ValueScoring scoring, ValueRulesStore rules, ValueWebMapper mapper,
                            CurrentStaff currentStaff) {
        this.fitting = fitting;
        this.mapper = mapper;
        this.scoring = scoring;
        this.rules = rules;
        this.currentStaff = currentStaff;
    }

    /**
     * Starts a fit of BG/NBD and Gamma-Gamma over all orders up to {@code asOf}; 202 with the job, whose
     * result names the fit ({@code fitId}) once it is COMPLETED.
     */
    @PostMapping("/clv/fits")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    ResponseEntity<JobView> fit(@Valid @RequestBody FitRequest request) {
        JobView job = fitting.start(request.asOf(), request.timeUnit(), currentStaff.username());
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/jobs/" + job.id())).body(job);
    }

    @GetMapping("/clv/fits/latest")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'ANALYST')")
    ClvFitResponse latestFit() {
        return mapper.toResponse(fitting.latestOrFail());
    }

    @GetMapping("/clv/fits/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'ANALYST')")
    ClvFitResponse fitById(@PathVariable String id) {
        return mapper.toResponse(fitting.find(id).orElseThrow(() -> new RecordNotFoundException("CLV fit", id)));
    }

    /** Starts a scoring run (RFM, CLV, tiers, stages) as of {@code asOf} (default today); 202 with the job. */
    @PostMapping("/customer-scoring/runs")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    ResponseEntity<JobView> score(@RequestBody(required = false) ScoringRequest request) {
        JobView job = scoring.start(request == null ? null : request.asOf(), currentStaff.username());
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/jobs/" + job.id())).body(job);
    }

    @GetMapping("/value-rules")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'ANALYST')")
    ValueRulesBody currentRules() {
        return mapper.toBody(rules.current());
    }

    /** Replaces tier rules, stage thresholds and stage actions; they apply from the next scoring run. */
    @PutMapping("/value-rules")
    @PreAuthorize("hasRole('ADMIN')")
    ValueRulesBody replaceRules(@RequestBody ValueRulesBody replacement) {
        return mapper.toBody(rules.replace(mapper.toRules(replacement), currentStaff.username()));
    }

    record FitRequest(@NotNull LocalDate asOf, @NotNull ModelTimeUnit timeUnit) {
    }

    record ScoringRequest(LocalDate asOf) {
    }
}
