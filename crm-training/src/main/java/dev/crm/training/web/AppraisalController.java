package dev.crm.training.web;

import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.core.api.Role;
import dev.crm.training.application.Appraisals;
import dev.crm.training.domain.Appraisal;
import dev.crm.training.domain.AppraisalScheme;
import dev.crm.training.domain.KpiScore;
import dev.crm.training.domain.ReviewPeriod;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Appraisal schemes, appraisals with their incentives, and the Service Star ranking. */
@RestController
class AppraisalController {

    private static final String BASE = "/api/v1/training/appraisals";

    private final Appraisals appraisals;
    private final CurrentStaff currentStaff;

    AppraisalController(Appraisals appraisals, CurrentStaff currentStaff) {
        this.appraisals = appraisals;
        this.currentStaff = currentStaff;
    }

    @PostMapping("/api/v1/training/appraisal-schemes")
    @PreAuthorize(EvaluationRoles.HR)
    ResponseEntity<AppraisalScheme> define(@RequestBody SchemeRequest request) {
        AppraisalScheme.Weights weights = request.weights() == null ? null : AppraisalScheme.Weights.of(
                request.weights().quantitative(), request.weights().qualitative(), request.weights().process());
        AppraisalScheme scheme = appraisals.define(request.code(), request.name(), weights, request.bands());
        return ResponseEntity.created(URI.create("/api/v1/training/appraisal-schemes/" + scheme.code())).body(scheme);
    }

    @GetMapping("/api/v1/training/appraisal-schemes")
    @PreAuthorize(EvaluationRoles.HR)
    ResultPage<AppraisalScheme> schemes(@RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        return appraisals.schemes(PageQuery.of(page, size));
    }

    @GetMapping("/api/v1/training/appraisal-schemes/{code}")
    @PreAuthorize(EvaluationRoles.HR)
    AppraisalScheme scheme(@PathVariable String code) {
        return appraisals.scheme(code);
    }

    @PostMapping(BASE)
    @PreAuthorize(EvaluationRoles.HR)
    ResponseEntity<AppraisalResponse> open(@RequestBody OpenRequest request) {
        Appraisal appraisal = appraisals.open(request.staff(), ReviewPeriod.parse(request.period(), "period"),
                request.schemeCode());
        return ResponseEntity.created(URI.create(BASE + "/" + appraisal.staff() + "/" + appraisal.period()))
                .body(AppraisalResponse.of(appraisal));
    }

    /** A period's appraisals the caller may see. */
    @GetMapping(BASE)
    @PreAuthorize(EvaluationRoles.READERS)
    ResultPage<AppraisalResponse> list(@RequestParam(required = false) String period,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        return appraisals.ofPeriod(ReviewPeriod.parse(period, "period"), PageQuery.of(page, size))
                .map(AppraisalResponse::of);
    }

    @GetMapping(BASE + "/{staff}/{period}")
    @PreAuthorize(EvaluationRoles.READERS)
    AppraisalResponse get(@PathVariable String staff, @PathVariable String period) {
        return AppraisalResponse.of(appraisals.get(id(staff, period)));
    }

    @PutMapping(BASE + "/{staff}/{period}/rating")
    @PreAuthorize(EvaluationRoles.REVIEWERS)
    AppraisalResponse rate(@PathVariable String staff, @PathVariable String period, @RequestBody RatingRequest request) {
        return AppraisalResponse.of(appraisals.rate(id(staff, period), request.rating(), request.comment()));
    }

    @PutMapping(BASE + "/{staff}/{period}/conduct")
    @PreAuthorize(EvaluationRoles.REVIEWERS)
    AppraisalResponse conduct(@PathVariable String staff, @PathVariable String period,
                              @RequestBody ConductRequest request) {
        return AppraisalResponse.of(appraisals.recordConduct(id(staff, period), request.compliance(), request.note()));
    }

    @PostMapping(BASE + "/{staff}/{period}/kpis")
    @PreAuthorize(EvaluationRoles.HR)
    AppraisalResponse refreshKpis(@PathVariable String staff, @PathVariable String period) {
        return AppraisalResponse.of(appraisals.refreshKpis(id(staff, period)));
    }

    @PostMapping(BASE + "/{staff}/{period}/incentives")
    @PreAuthorize(EvaluationRoles.HR)
    ResponseEntity<AppraisalResponse> grant(@PathVariable String staff, @PathVariable String period,
                                            @RequestBody IncentiveRequest request) {
        Appraisal appraisal = appraisals.grant(id(staff, period), request.kind(), request.amount(), request.currency(),
                request.title(), request.note());
        return ResponseEntity.created(URI.create(BASE + "/" + appraisal.staff() + "/" + appraisal.period()))
                .body(AppraisalResponse.of(appraisal));
    }

    /** The period's Service Stars; scores are shown to HR only — the honour is public, the appraisal is not. */
    @GetMapping("/api/v1/training/service-stars")
    @PreAuthorize(EvaluationRoles.READERS)
    List<StarResponse> serviceStars(@RequestParam(required = false) String period,
                                    @RequestParam(required = false) Integer top) {
        boolean hr = currentStaff.hasRole(Role.HR);
        return appraisals.serviceStars(ReviewPeriod.parse(period, "period"), top == null ? 10 : top).stream()
                .map(place -> new StarResponse(place.rank(), place.contender().staff(),
                        hr ? place.contender().finalScore() : null, hr ? place.contender().quantitativeScore() : null,
                        hr ? place.contender().supervisorRating() : null))
                .toList();
    }

    private static String id(String staff, String period) {
        return Appraisal.idOf(staff, ReviewPeriod.parse(period, "period").key());
    }

    record WeightsRequest(Integer quantitative, Integer qualitative, Integer process) {
    }

    record SchemeRequest(String code, String name, WeightsRequest weights, List<AppraisalScheme.Band> bands) {
    }

    record OpenRequest(String staff, String period, String schemeCode) {
    }

    record RatingRequest(Integer rating, String comment) {
    }

    record ConductRequest(Integer compliance, String note) {
    }

    record IncentiveRequest(Appraisal.IncentiveKind kind, BigDecimal amount, String currency, String title,
                            String note) {
    }

    record StarResponse(int rank, String staff, BigDecimal finalScore, BigDecimal quantitativeScore,
                        Integer supervisorRating) {
    }

    record AppraisalResponse(String staff, String period, String schemeCode, AppraisalScheme.Weights weights,
                             List<AppraisalScheme.Band> bands, KpiScore kpis, BigDecimal quantitativeScore,
                             Integer supervisorRating, String ratedBy, String ratingComment, Integer conductCompliance,
                             String conductBy, String conductNote, BigDecimal finalScore, String band,
                             List<Appraisal.Incentive> incentives, Instant openedAt, String openedBy, Instant changedAt) {

        static AppraisalResponse of(Appraisal a) {
            return new AppraisalResponse(a.staff(), a.period(), a.schemeCode(), a.weights(), a.bands(), a.kpis(),
                    a.quantitativeScore(), a.supervisorRating(), a.ratedBy(), a.ratingComment(),
                    a.conductCompliance(), a.conductBy(), a.conductNote(), a.finalScore(), a.band(), a.incentives(),
                    a.openedAt(), a.openedBy(), a.changedAt());
        }
    }
}
