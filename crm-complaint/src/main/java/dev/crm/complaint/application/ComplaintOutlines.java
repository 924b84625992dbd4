package dev.crm.complaint.application;

import dev.crm.complaint.api.ComplaintLookup;
import dev.crm.complaint.persistence.ComplaintRepository;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Complaint numbers for other modules: only the outline, none of the case's content. */
@Service
class ComplaintOutlines implements ComplaintLookup {

    private final ComplaintRepository complaints;

    ComplaintOutlines(ComplaintRepository complaints) {
        this.complaints = complaints;
    }

    @Override
    public Optional<ComplaintOutline> find(String number) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        return complaints.findByNumber(number.strip())
                .map(c -> new ComplaintOutline(c.getNumber(), c.getOwner(), c.getReceivedAt()));
    }
}
