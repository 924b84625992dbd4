package dev.crm.customer.domain;

import dev.crm.customer.domain.clv.BgNbdParameters;
import dev.crm.customer.domain.clv.GammaGammaParameters;
import dev.crm.customer.domain.clv.ModelTimeUnit;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One maximum-likelihood calibration of the BG/NBD purchase model and the Gamma-Gamma spend
 * model over every customer's orders up to {@code asOf}. The latest fit scores customers.
 * {@code durationMillis} is the whole request (reading the orders included), {@code modelMillis}
 * the maximum-likelihood fits alone.
 */
@Document("clv_fits")
public record ClvFit(@Id String id, LocalDate asOf, ModelTimeUnit timeUnit, String currency,
                     BgNbdParameters bgNbd, double bgNbdLogLikelihood, GammaGammaParameters gammaGamma,
                     double gammaGammaLogLikelihood, int customers, int repeatCustomers,
                     int customersFirstBuyingOnAsOf, long ordersCounted, long ordersInOtherCurrencies,
                     long durationMillis, long modelMillis, @Indexed Instant fittedAt, String fittedBy) {
}
