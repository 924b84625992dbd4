package dev.crm.customer.api;

import java.time.Instant;
import java.util.List;

/**
 * Port: a customer's service history for the customer 360. Declared here and implemented by
 * the complaint module, which may depend on customers (ARCHITECTURE.md: a module on the left
 * needing something from one on its right declares a port).
 */
public interface CustomerServiceHistory {

    /** Open complaints, the {@code recent} most recent ones of any state, and the latest feedback. */
    ServiceHistory of(CustomerId customer, int recent);

    record ServiceHistory(List<ComplaintSummary> open, List<ComplaintSummary> recent, long total,
                          List<FeedbackAnswer> lastFeedback) {
    }

    record ComplaintSummary(String number, String kind, String state, String grade, String type, String channel,
                            Instant receivedAt, Instant resolvedAt, String description) {
    }

    /** A customer's answer to a follow-up (return visit or survey) of a complaint. */
    record FeedbackAnswer(String complaintNumber, String result, String note, Instant at) {
    }
}
