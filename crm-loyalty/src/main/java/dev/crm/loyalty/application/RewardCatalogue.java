package dev.crm.loyalty.application;

import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.DuplicateRecordException;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.ResultPage;
import dev.crm.loyalty.domain.Reward;
import dev.crm.loyalty.domain.RewardTerms;
import dev.crm.loyalty.persistence.RewardRepository;
import java.time.Clock;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** The redemption catalogue: administrators offer and revise rewards. */
@Service
public class RewardCatalogue {

    private final RewardRepository rewards;
    private final AuditLog auditLog;
    private final Clock clock;

    RewardCatalogue(RewardRepository rewards, AuditLog auditLog, Clock clock) {
        this.rewards = rewards;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Reward offer(String code, RewardTerms terms, String by) {
        Reward reward = Reward.offer(code, terms, by, clock.instant());
        try {
            Reward saved = rewards.insert(reward);
            auditLog.record(AuditEvent.of(by, "loyalty.reward-offered", "Reward", saved.getCode()));
            return saved;
        } catch (DuplicateKeyException taken) {
            throw new DuplicateRecordException("reward", "code", reward.getCode());
        }
    }

    /** New terms under the caller's version (409 when stale: a redemption since moves the version too). */
    public Reward revise(String code, RewardTerms terms, Long expectedVersion, String by) {
        Reward reward = get(code);
        reward.revise(terms, expectedVersion, by, clock.instant());
        Reward saved = rewards.save(reward);
        auditLog.record(AuditEvent.of(by, "loyalty.reward-revised", "Reward", saved.getCode()));
        return saved;
    }

    public Reward get(String code) {
        return rewards.findById(code.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new RecordNotFoundException("reward", code));
    }

    public ResultPage<Reward> list(PageQuery page) {
        var found = rewards.findAllBy(PageRequest.of(page.page(), page.size(), Sort.by("_id")));
        return new ResultPage<>(found.getContent(), page.page(), page.size(), found.getTotalElements());
    }
}
