package dev.crm.complaint.application;

import dev.crm.complaint.application.ComplaintCommands.Who;
import dev.crm.complaint.domain.Complaint;
import dev.crm.complaint.domain.Goodwill;
import dev.crm.complaint.persistence.ComplaintRepository;
import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.RecordNotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Goodwill remedies on a complaint (DOMAIN.md §1.7). A POST that moves value (ARCHITECTURE.md), so
 * it takes an idempotency key: the same key again answers with the remedy recorded the first time
 * and writes nothing — also when two identical requests race, as the loser's save fails its version
 * check and it then finds the winner's remedy.
 */
@Service
public class GoodwillRemedies {

    private static final int ATTEMPTS = 5;

    private final ComplaintRepository complaints;
    private final ComplaintCommands commands;
    private final CurrentStaff currentStaff;
    private final AuditLog auditLog;
    private final GoodwillPoints goodwillPoints;
    private final Clock clock;

    GoodwillRemedies(ComplaintRepository complaints, ComplaintCommands commands, CurrentStaff currentStaff,
                     AuditLog auditLog, GoodwillPoints goodwillPoints, Clock clock) {
        this.complaints = complaints;
        this.commands = commands;
        this.currentStaff = currentStaff;
        this.auditLog = auditLog;
        this.goodwillPoints = goodwillPoints;
        this.clock = clock;
    }

    /** The remedy on record and whether this call recorded it (false: a replay of its key). */
    public record Granted(Goodwill remedy, boolean created, Complaint complaint) {
    }

    /**
     * @throws dev.crm.core.api.InvalidInputException naming the bad fields (or {@code Idempotency-Key})
     * @throws dev.crm.core.api.BusinessRuleViolationException when the key was used for another remedy
     * @throws dev.crm.core.api.IllegalStateTransitionException before handling started or once archived
     */
    public Granted grant(String number, String idempotencyKey, Goodwill.Kind kind, Goodwill.Amount amount,
                         BigDecimal percent, Long points, String description) {
        Complaint complaint = get(number);
        Goodwill offered = Goodwill.offer(idempotencyKey, kind, amount, percent, points, description,
                currentStaff.username(), clock.instant());
        for (int attempt = 0; ; attempt++) {
            Optional<Goodwill> earlier = recorded(complaint, offered);
            if (earlier.isPresent()) {
                // A repeat also finishes a credit the first request could not make.
                Complaint credited = earlier.get().awaitsLoyalty() ? goodwillPoints.creditPending(complaint) : complaint;
                return new Granted(current(credited, earlier.get()), false, credited);
            }
            try {
                Complaint saved = commands.run(number, null, "goodwill-granted", Who.WORKERS,
                        (current, by, at, sla) -> {
                            if (recorded(current, offered).isPresent()) {
                                throw new KeyAlreadyUsed();
                            }
                            current.grantGoodwill(offered);
                        });
                auditLog.record(new AuditEvent(currentStaff.username(), "complaint.goodwill-recorded", "Complaint",
                        number, details(offered)));
                // Recorded first, credited second: a crash in between leaves it PENDING_LOYALTY for the pass.
                Complaint credited = offered.awaitsLoyalty() ? goodwillPoints.creditPending(saved) : saved;
                return new Granted(current(credited, offered), true, credited);
            } catch (KeyAlreadyUsed | OptimisticLockingFailureException raced) {
                if (attempt >= ATTEMPTS) {
                    throw raced;
                }
                complaint = get(number);
            }
        }
    }

    /** The remedy recorded under the offer's key; refuses the key if it was used for another remedy. */
    private static Optional<Goodwill> recorded(Complaint complaint, Goodwill offered) {
        boolean used = complaint.getGoodwill().stream()
                .anyMatch(g -> g.idempotencyKey().equals(offered.idempotencyKey()));
        return used ? Optional.of(complaint.grantGoodwill(offered)) : Optional.empty();
    }

    private static Goodwill current(Complaint complaint, Goodwill remedy) {
        return complaint.getGoodwill().stream().filter(g -> g.id().equals(remedy.id())).findFirst().orElse(remedy);
    }

    private Complaint get(String number) {
        return complaints.findByNumber(number).orElseThrow(() -> new RecordNotFoundException("complaint", number));
    }

    private static Map<String, String> details(Goodwill remedy) {
        Map<String, String> details = new HashMap<>(Map.of("kind", remedy.kind().name(), "status",
                remedy.status().name(), "remedy", remedy.id()));
        remedy.compensation().ifPresent(money -> details.put("amount", money.toString()));
        if (remedy.percent() != null) {
            details.put("percent", remedy.percent().toPlainString());
        }
        if (remedy.points() != null) {
            details.put("points", remedy.points().toString());
        }
        return details;
    }

    /** Raised inside the command when a concurrent request recorded the key first: nothing is saved. */
    private static final class KeyAlreadyUsed extends RuntimeException {
        KeyAlreadyUsed() {
            super("the idempotency key was recorded meanwhile", null, false, false);
        }
    }
}
