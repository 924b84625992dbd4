package dev.crm.complaint.application;

import dev.crm.complaint.api.SurveyKind;
import dev.crm.complaint.domain.Complaint;
import dev.crm.complaint.persistence.ComplaintRepository;
import dev.crm.customer.api.CustomerDirectory;
import dev.crm.customer.api.CustomerId;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The post-crisis survey (004 §6.4): once a crisis reaches REBUILD, every customer of a complaint
 * linked to its problem record is asked how the crisis was handled, through their preferred
 * consented channel. Each customer is asked once per crisis (the survey's origin is unique), so a
 * repeated or concurrent run asks nobody twice; the crisis then records the survey campaign.
 */
@Component
public class PostCrisisSurveys {

    private final Crises crises;
    private final SurveyDelivery surveys;
    private final ComplaintRepository complaints;
    private final CustomerDirectory customers;

    PostCrisisSurveys(Crises crises, SurveyDelivery surveys, ComplaintRepository complaints,
                      CustomerDirectory customers) {
        this.crises = crises;
        this.surveys = surveys;
        this.complaints = complaints;
        this.customers = customers;
    }

    /** Sends the requested post-crisis surveys; the number of customers asked. */
    public int send(Instant now) {
        int asked = 0;
        for (PostCrisisSurveyRequest request : crises.postCrisisSurveysToSend()) {
            Set<String> customerIds = new LinkedHashSet<>();
            for (String number : request.complaintNumbers()) {
                complaints.findByNumber(number).map(Complaint::getCustomerId).ifPresent(customerIds::add);
            }
            for (String customerId : customerIds) {
                Optional<SurveyDelivery.CustomerOutcome> outcome = customers.find(new CustomerId(customerId))
                        .map(customer -> surveys.openForCustomer(SurveyKind.POST_CRISIS,
                                "crisis:" + request.crisisNumber() + ":" + customerId, customer,
                                "How satisfied are you with how we handled the recent incident?",
                                request.crisisNumber(), now));
                if (outcome.orElse(null) == SurveyDelivery.CustomerOutcome.SENT) {
                    asked++;
                }
            }
            crises.postCrisisSurveySent(request.crisisNumber(), "campaign:" + request.crisisNumber());
        }
        return asked;
    }
}
