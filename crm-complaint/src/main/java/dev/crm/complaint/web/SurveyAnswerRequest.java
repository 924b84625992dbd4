package dev.crm.complaint.web;

import java.math.BigDecimal;

/**
 * A survey answer as sent: numbers are read as decimals so that 4.5 is refused as "not a CSAT level"
 * instead of being rounded; {@link dev.crm.complaint.domain.SurveyAnswer#of} checks them.
 */
record SurveyAnswerRequest(BigDecimal csat, BigDecimal nps, String comment) {
}
