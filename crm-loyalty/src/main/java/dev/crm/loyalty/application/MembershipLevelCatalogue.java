package dev.crm.loyalty.application;

import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.DuplicateRecordException;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.loyalty.api.MembershipLevelView;
import dev.crm.loyalty.api.MembershipLevels;
import dev.crm.loyalty.domain.MembershipLadder;
import dev.crm.loyalty.domain.MembershipLevel;
import dev.crm.loyalty.persistence.MembershipLevelRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

@Service
public class MembershipLevelCatalogue implements MembershipLevels {

    private final MembershipLevelRepository levels;
    private final AuditLog auditLog;

    MembershipLevelCatalogue(MembershipLevelRepository levels, AuditLog auditLog) {
        this.levels = levels;
        this.auditLog = auditLog;
    }

    public MembershipLevel define(MembershipLevel level, String by) {
        if (levels.existsById(level.code())) {
            throw new DuplicateRecordException("membership level", "code", level.code());
        }
        if (levels.existsByRank(level.rank())) {
            throw new DuplicateRecordException("membership level", "rank", String.valueOf(level.rank()));
        }
        MembershipLevel saved;
        try {
            saved = levels.insert(level);
        } catch (DuplicateKeyException race) {
            throw new DuplicateRecordException("membership level", "code", level.code());
        }
        auditLog.record(new AuditEvent(by, "loyalty.level-defined", "MembershipLevel", saved.code(),
                Map.of("rank", String.valueOf(saved.rank()))));
        return saved;
    }

    public MembershipLevel get(String code) {
        return levels.findById(code).orElseThrow(() -> new RecordNotFoundException("membership level", code));
    }

    public List<MembershipLevel> list() {
        return levels.findAllByOrderByRankAsc();
    }

    @Override
    public List<MembershipLevelView> all() {
        return list().stream().map(MembershipLevelCatalogue::toView).toList();
    }

    @Override
    public Optional<MembershipLevelView> levelFor(long qualifyingPoints) {
        return new MembershipLadder(list()).levelFor(qualifyingPoints).map(MembershipLevelCatalogue::toView);
    }

    static MembershipLevelView toView(MembershipLevel level) {
        return new MembershipLevelView(level.code(), level.name(), level.rank(), level.qualifyingPoints(),
                level.earnMultiplier());
    }
}
