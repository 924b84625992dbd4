package dev.crm.complaint.application;

import dev.crm.complaint.domain.crisis.Crisis;
import dev.crm.complaint.persistence.CrisisRepository;
import dev.crm.complaint.persistence.ProblemSearch;
import dev.crm.core.api.OutboundMessageDraft;
import dev.crm.core.api.Outbox;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * One pass of the 3-minute watch (004 §6.3): a crisis whose first-communication target passed with
 * nothing communicated is flagged, and the HQ service-quality committee told through the outbox.
 * Safe with several nodes: the message's dedupe key lets it be enqueued once however often it is
 * submitted, and the version-checked save lets one flag win. The message is enqueued before the
 * flag is saved, so a crash in between repeats the (deduplicated) message rather than losing it.
 */
@Component
public class CrisisWatch {

    private static final Logger log = LoggerFactory.getLogger(CrisisWatch.class);
    static final int BATCH = 200;

    private final ProblemSearch search;
    private final CrisisRepository crises;
    /** A request delivers its own communication; the watch takes over only one left undelivered this long. */
    static final Duration DELIVERY_GRACE = Duration.ofMinutes(1);

    private final Outbox outbox;
    private final CrisisCommunications communications;

    CrisisWatch(ProblemSearch search, CrisisRepository crises, Outbox outbox, CrisisCommunications communications) {
        this.search = search;
        this.crises = crises;
        this.outbox = outbox;
        this.communications = communications;
    }

    /** Delivers communications to the customers that a crash left undelivered. @return how many crises */
    public int deliverUndelivered(Instant now) {
        List<Crisis> undelivered = search.communicationUndelivered(now.minus(DELIVERY_GRACE), BATCH);
        undelivered.forEach(crisis -> communications.deliver(crisis, now));
        return undelivered.size();
    }

    /** @return how many crises this pass flagged */
    public int run(Instant now) {
        int flagged = 0;
        for (Crisis crisis : search.communicationOverdue(now, BATCH)) {
            if (!crisis.flagCommunicationOverdue(now)) {
                continue;
            }
            outbox.enqueue(new OutboundMessageDraft(Crises.STAFF_CHANNEL, Crises.COMMITTEE,
                    crisis.getNumber() + ": no first communication within the target", null,
                    "Crisis " + crisis.getNumber() + " '" + crisis.getTitle() + "' (" + crisis.getLevel()
                            + ") was detected at " + crisis.getDetectedAt() + "; its first communication was due by "
                            + crisis.getFirstCommunicationDueAt() + " and nothing has been communicated.",
                    Map.of(), "crisis:" + crisis.getNumber() + ":first-communication-overdue", "Crisis",
                    crisis.getNumber()));
            try {
                crises.save(crisis);
                flagged++;
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                log.debug("Crisis {} changed while the watch flagged it; the next pass looks again",
                        crisis.getNumber());
            }
        }
        return flagged;
    }
}
