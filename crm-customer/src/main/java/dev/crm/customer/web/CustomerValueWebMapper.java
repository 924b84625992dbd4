package dev.crm.customer.web;

import dev.crm.customer.api.LifecycleStage;
import dev.crm.customer.api.ValueTier;
import dev.crm.customer.domain.CustomerValue;
import dev.crm.customer.domain.Rfm;
import dev.crm.customer.domain.ValueChange;
import dev.crm.customer.domain.ValuePrediction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface CustomerValueWebMapper {

    @Mapping(target = "tierBand", expression = "java(value.tier() == null ? null : value.tier().band())")
    @Mapping(target = "tierSegment", expression = "java(value.tier() == null ? null : value.tier().segment())")
    CustomerValueResponse toResponse(CustomerValue value);

    @Mapping(target = "score", expression = "java(rfm.score())")
    @Mapping(target = "cell", expression = "java(rfm.cell())")
    RfmResponse toResponse(Rfm rfm);

    @Mapping(target = "churnRisk", expression = "java(prediction.churnRisk())")
    PredictionResponse toResponse(ValuePrediction prediction);

    ValueChangeResponse toResponse(ValueChange change);

    record ValueChangeResponse(ValueChange.Kind kind, String from, String to, String reason, Instant at,
                               String scoringJobId) {
    }

    record CustomerValueResponse(LocalDate asOf, String currency, long orders, RfmResponse rfm,
                                 BigDecimal historicClv, PredictionResponse prediction, ValueTier tier,
                                 String tierBand, String tierSegment, String tierReason, Instant tierSince,
                                 LifecycleStage stage, String stageReason, Instant stageSince, String cluster,
                                 Instant computedAt) {
    }

    record RfmResponse(long recencyDays, long frequency, BigDecimal monetary, int recencyScore, int frequencyScore,
                       int monetaryScore, int score, String cell) {
    }

    record PredictionResponse(String fitId, int horizonMonths, double expectedPurchases, double probabilityAlive,
                              double churnRisk, BigDecimal expectedAverageOrderValue, BigDecimal discountedClv) {
    }
}
