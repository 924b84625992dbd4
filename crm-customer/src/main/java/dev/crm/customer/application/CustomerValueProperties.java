package dev.crm.customer.application;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Customer value ({@code crm.customer.value.*}).
 *
 * @param currency           the currency value is measured in; orders in other currencies are
 *                           kept but not counted (no exchange rates are assumed)
 * @param marginRate         share of an order's amount that is margin, for orders recorded
 *                           without one and for predicted spend
 * @param horizonMonths      how far predictive CLV and expected purchases look ahead
 * @param annualDiscountRate discount rate for predictive CLV, applied monthly
 * @param scoringCron        when the scoring run (RFM, CLV, tiers, stages) starts by itself
 * @param scoringEnabled     whether it does (tests switch it off and run it on demand)
 */
@Validated
@ConfigurationProperties("crm.customer.value")
public record CustomerValueProperties(@DefaultValue("CNY") @NotBlank String currency,
                                      @DefaultValue("0.30") @NotNull @DecimalMin("0") @DecimalMax("1")
                                      BigDecimal marginRate,
                                      @DefaultValue("12") @Min(1) @Max(120) int horizonMonths,
                                      @DefaultValue("0.10") @NotNull @DecimalMin("0") @DecimalMax("1")
                                      BigDecimal annualDiscountRate,
                                      @DefaultValue("0 30 2 * * *") @NotBlank String scoringCron,
                                      @DefaultValue("true") boolean scoringEnabled) {
}
