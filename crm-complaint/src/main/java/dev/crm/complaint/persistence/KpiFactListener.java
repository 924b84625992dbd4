package dev.crm.complaint.persistence;

import dev.crm.complaint.domain.Complaint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps the KPI facts in step with every save and insert of a complaint, whichever use case made
 * it. The complaint is already stored when this runs: a failure here is logged, not thrown, and the
 * fact is mended by {@link KpiFacts#catchUp()}.
 */
@Component
class KpiFactListener extends AbstractMongoEventListener<Complaint> {

    private static final Logger log = LoggerFactory.getLogger(KpiFactListener.class);

    private final KpiFacts facts;

    KpiFactListener(KpiFacts facts) {
        this.facts = facts;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<Complaint> event) {
        try {
            facts.record(event.getDocument());
        } catch (RuntimeException e) {
            log.warn("KPI fact of complaint {} not written; the catch-up will: {}", event.getSource().getNumber(),
                    e.toString());
        }
    }
}
