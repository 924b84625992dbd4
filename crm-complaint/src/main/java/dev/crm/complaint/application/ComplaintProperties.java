package dev.crm.complaint.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param warningShare         share of a target at which owner and handler are warned
 * @param escalateAfter        how long a breach stays at one organisation tier before going up
 * @param noAnswerAttempts     follow-up attempts before "no answer" may close a complaint
 * @param escalationInterval   how often the escalation pass runs
 * @param escalationLease      how long one node holds a due complaint while processing it
 * @param escalationBatch      how many due complaints one pass reads at most
 */
@ConfigurationProperties("crm.complaint")
public record ComplaintProperties(@DefaultValue("0.8") double warningShare,
                                  @DefaultValue("PT24H") Duration escalateAfter,
                                  @DefaultValue("3") int noAnswerAttempts,
                                  @DefaultValue("PT30S") Duration escalationInterval,
                                  @DefaultValue("PT1M") Duration escalationLease,
                                  @DefaultValue("500") int escalationBatch) {
}
