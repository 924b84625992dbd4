package dev.crm.complaint.api;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether a complaint number is one of ours, and whose case it is: the training module checks
 * the complaint a QA review is about.
 */
public interface ComplaintLookup {

    /** @return the complaint's owner (null before it is accepted) and receipt, or empty for an unknown number */
    Optional<ComplaintOutline> find(String number);

    record ComplaintOutline(String number, String owner, Instant receivedAt) {
    }
}
