package dev.crm.loyalty.application;

import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.DuplicateRecordException;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.ResultPage;
import dev.crm.loyalty.api.MembershipLevelView;
import dev.crm.loyalty.api.MembershipLevels;
import dev.crm.loyalty.domain.MembershipLadder;
import dev.crm.loyalty.domain.MembershipLevel;
import dev.crm.loyalty.persistence.MembershipLevelRepository;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

@Service
public class MembershipLevelCatalogue implements MembershipLevels {

    private final MembershipLevelRepository levels;
    private final AuditLog auditLog;

    MembershipLevelCatalogue(MembershipLevelRepository levels, AuditLog auditLog) {
        this.levels = levels;
        this.auditLog = auditLog;
    }

    public MembershipLevel define(DefineMembershipLevel command, String by) {
        MembershipLevel level = MembershipLevel.define(command.code(), command.name(), command.rank(),
                command.qualifyingPoints(), command.earnMultiplier());
        // Named checks first, for a 409 that says which field is taken; the unique indexes still
        // decide a race between two administrators.
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
            throw levels.existsById(level.code())
                    ? new DuplicateRecordException("membership level", "code", level.code())
                    : new DuplicateRecordException("membership level", "rank", String.valueOf(level.rank()));
        }
        auditLog.record(new AuditEvent(by, "loyalty.level-defined", "MembershipLevel", saved.code(),
                Map.of("rank", String.valueOf(saved.rank()))));
        return saved;
    }

    /** By code, in any letter case (codes are stored upper-case). */
    public MembershipLevel get(String code) {
        return levels.findById(code.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new RecordNotFoundException("membership level", code));
    }

    /** All levels, lowest rank first. */
    public List<MembershipLevel> list() {
        return levels.findAllByOrderByRankAsc();
    }

    public ResultPage<MembershipLevel> list(PageQuery page) {
        List<MembershipLevel> items = levels.findAllByOrderByRankAsc(
                PageRequest.of(page.page(), page.size()));
        return new ResultPage<>(items, page.page(), page.size(), levels.count());
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
