package dev.crm.complaint.application;

import dev.crm.complaint.domain.Complaint;
import dev.crm.complaint.domain.crisis.Crisis;
import dev.crm.complaint.domain.crisis.CrisisCommunication;
import dev.crm.complaint.domain.problem.ProblemRecord;
import dev.crm.complaint.persistence.ComplaintRepository;
import dev.crm.complaint.persistence.CrisisRepository;
import dev.crm.complaint.persistence.ProblemRecordRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Delivers a crisis communication addressed to the customers: to every customer of the complaints
 * linked to the crisis's problem record, on their own channel, through the outbox. The communication
 * is saved first (marked undelivered), the messages enqueued next, and the delivery recorded last:
 * a crash in between leaves it undelivered, and the crisis watch enqueues it again — the dedupe
 * keys make the repeat harmless, so no customer is missed and none told twice.
 */
@Component
class CrisisCommunications {

    private final CrisisRepository crises;
    private final ProblemRecordRepository problems;
    private final ComplaintRepository complaints;
    private final CustomerUpdates customerUpdates;

    CrisisCommunications(CrisisRepository crises, ProblemRecordRepository problems, ComplaintRepository complaints,
                         CustomerUpdates customerUpdates) {
        this.crises = crises;
        this.problems = problems;
        this.complaints = complaints;
        this.customerUpdates = customerUpdates;
    }

    /** @return the crisis as saved with its deliveries recorded (unchanged when nothing was due) */
    Crisis deliver(Crisis crisis, Instant now) {
        List<CrisisCommunication> due = crisis.undeliveredCommunications();
        if (due.isEmpty()) {
            return crisis;
        }
        List<Complaint> affected = problems.findByNumber(crisis.getProblemId()).map(ProblemRecord::linkedNumbers)
                .orElse(List.of()).stream().map(complaints::findByNumber).flatMap(Optional::stream).toList();
        String title = "About " + crisis.getTitle();
        List<int[]> sent = due.stream().map(communication -> new int[] {communication.sequence(),
                customerUpdates.crisisCommunication(crisis.getNumber(), title, communication, affected)}).toList();
        return OnConflict.retry(() -> {
            Crisis fresh = crises.findById(crisis.getId()).orElseThrow();
            sent.forEach(delivery -> fresh.communicationDelivered(delivery[0], delivery[1], now));
            return crises.save(fresh);
        });
    }
}
