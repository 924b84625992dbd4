package dev.crm.complaint.application;

import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Re-runs a read-change-save when another writer changed the document in between. For changes that
 * commute with whatever the other writer did (linking a complaint, clearing a flag): each attempt
 * reads afresh and applies the change again.
 */
final class OnConflict {

    static final int ATTEMPTS = 5;

    private OnConflict() {
    }

    static <T> T retry(Supplier<T> attempt) {
        for (int i = 1; ; i++) {
            try {
                return attempt.get();
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                if (i >= ATTEMPTS) {
                    throw changedMeanwhile;
                }
            }
        }
    }
}
