package dev.crm.customer.web;

import dev.crm.customer.api.LifecycleStage;
import dev.crm.customer.domain.ClvFit;
import dev.crm.customer.domain.CustomerTaskKind;
import dev.crm.customer.domain.StageRules;
import dev.crm.customer.domain.TierRule;
import dev.crm.customer.domain.ValueRules;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface ValueWebMapper {

    @Mapping(target = "r", source = "bgNbd.r")
    @Mapping(target = "alpha", source = "bgNbd.alpha")
    @Mapping(target = "a", source = "bgNbd.a")
    @Mapping(target = "b", source = "bgNbd.b")
    @Mapping(target = "p", source = "gammaGamma.p")
    @Mapping(target = "q", source = "gammaGamma.q")
    @Mapping(target = "gamma", source = "gammaGamma.gamma")
    ClvFitResponse toResponse(ClvFit fit);

    ValueRulesBody toBody(ValueRules rules);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    @Mapping(target = "updatedBy", ignore = true)
    ValueRules toRules(ValueRulesBody body);

    /** The fitted parameters flat, as the papers name them, with the fit's log-likelihoods and counts. */
    record ClvFitResponse(String id, LocalDate asOf, String timeUnit, String currency, double r, double alpha,
                          double a, double b, double bgNbdLogLikelihood, double p, double q, double gamma,
                          double gammaGammaLogLikelihood, int customers, int repeatCustomers,
                          int customersFirstBuyingOnAsOf, long ordersCounted, long ordersInOtherCurrencies,
                          long durationMillis, long modelMillis, Instant fittedAt, String fittedBy) {
    }

    record ValueRulesBody(List<TierRule> tierRules, StageRules stageRules,
                          Map<LifecycleStage, Set<CustomerTaskKind>> stageActions, Instant updatedAt,
                          String updatedBy) {
    }
}
