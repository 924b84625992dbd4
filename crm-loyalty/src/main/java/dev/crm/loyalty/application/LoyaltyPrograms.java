package dev.crm.loyalty.application;

import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.DuplicateRecordException;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.ResultPage;
import dev.crm.loyalty.api.MembershipLevelView;
import dev.crm.loyalty.api.MembershipLevels;
import dev.crm.loyalty.domain.DowngradeRule;
import dev.crm.loyalty.domain.EnrolmentMode;
import dev.crm.loyalty.domain.LoyaltyProgram;
import dev.crm.loyalty.domain.MembershipLevel;
import dev.crm.loyalty.domain.ProgramTerms;
import dev.crm.loyalty.persistence.LoyaltyProgramRepository;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * Loyalty programs as data. The program with id {@code default} is seeded empty on first start; the
 * {@code /levels} endpoint and {@link MembershipLevels} speak of its ladder.
 */
@Service
public class LoyaltyPrograms implements MembershipLevels, ApplicationRunner {

    private final LoyaltyProgramRepository programs;
    private final AuditLog auditLog;
    private final Clock clock;
    private final LoyaltyProperties properties;

    LoyaltyPrograms(LoyaltyProgramRepository programs, AuditLog auditLog, Clock clock, LoyaltyProperties properties) {
        this.programs = programs;
        this.auditLog = auditLog;
        this.clock = clock;
        this.properties = properties;
    }

    /** Seeds the default program without levels; with several nodes, one insert wins. */
    @Override
    public void run(ApplicationArguments args) {
        if (programs.existsById(LoyaltyProgram.DEFAULT_ID)) {
            return;
        }
        try {
            programs.insert(LoyaltyProgram.define(LoyaltyProgram.DEFAULT_ID, new ProgramTerms("Default program",
                    properties.defaultCurrency(), List.of(), 12, new DowngradeRule(30), EnrolmentMode.EXPLICIT,
                    List.of()), "system", clock.instant()));
        } catch (DuplicateKeyException anotherNodeSeeded) {
            // already there
        }
    }

    public LoyaltyProgram define(ProgramTerms terms, String by) {
        LoyaltyProgram program = LoyaltyProgram.define(UUID.randomUUID().toString(), terms, by, clock.instant());
        requireSingleAutomatic(program);
        LoyaltyProgram saved = programs.insert(program);
        auditLog.record(new AuditEvent(by, "loyalty.program-defined", "LoyaltyProgram", saved.getId(),
                Map.of("name", saved.getName())));
        return saved;
    }

    /** Replaces a program's terms; a stale {@code expectedVersion} is a 409. */
    public LoyaltyProgram revise(String id, ProgramTerms terms, Long expectedVersion, String by) {
        LoyaltyProgram program = get(id);
        program.revise(terms, expectedVersion, by, clock.instant());
        requireSingleAutomatic(program);
        LoyaltyProgram saved = programs.save(program);
        auditLog.record(AuditEvent.of(by, "loyalty.program-revised", "LoyaltyProgram", saved.getId()));
        return saved;
    }

    /**
     * Automatic enrolment picks one program for a customer's first order, so only one program may
     * enrol automatically. (Two administrators racing could both succeed; the earning pass then
     * takes the oldest.)
     */
    private void requireSingleAutomatic(LoyaltyProgram program) {
        if (program.getEnrolment() == EnrolmentMode.AUTOMATIC
                && programs.findByEnrolment(EnrolmentMode.AUTOMATIC).stream()
                        .anyMatch(other -> !other.getId().equals(program.getId()))) {
            throw new DuplicateRecordException("program", "enrolment", "AUTOMATIC (only one program may enrol "
                    + "automatically)");
        }
    }

    /** Adds a level to the default program's ladder (the {@code /levels} endpoint). */
    public MembershipLevel addDefaultLevel(MembershipLevel level, String by) {
        LoyaltyProgram program = get(LoyaltyProgram.DEFAULT_ID);
        if (program.ladder().level(level.code()).isPresent()) {
            throw new DuplicateRecordException("membership level", "code", level.code());
        }
        if (program.getLevels().stream().anyMatch(l -> l.rank() == level.rank())) {
            throw new DuplicateRecordException("membership level", "rank", String.valueOf(level.rank()));
        }
        try {
            program.addLevel(level, by, clock.instant());
        } catch (dev.crm.core.api.InvalidInputException faults) {
            // The ladder names levels by index; the caller sent one level, so its fields go unprefixed.
            throw new dev.crm.core.api.InvalidInputException(faults.violations().stream()
                    .map(v -> new dev.crm.core.api.FieldViolation(v.field().startsWith("levels[")
                            ? v.field().substring(v.field().indexOf("].") + 2) : v.field(), v.message()))
                    .distinct().toList());
        }
        programs.save(program);
        auditLog.record(new AuditEvent(by, "loyalty.level-defined", "MembershipLevel", level.code(),
                Map.of("rank", String.valueOf(level.rank()), "program", program.getId())));
        return program.ladder().level(level.code()).orElseThrow();
    }

    public LoyaltyProgram get(String id) {
        return programs.findById(id).orElseThrow(() -> new RecordNotFoundException("loyalty program", id));
    }

    public Optional<LoyaltyProgram> find(String id) {
        return programs.findById(id);
    }

    /** The oldest program that enrols automatically, if any. */
    public Optional<LoyaltyProgram> automatic() {
        return programs.findFirstByEnrolmentOrderByCreatedAtAscIdAsc(EnrolmentMode.AUTOMATIC);
    }

    public ResultPage<LoyaltyProgram> list(PageQuery page) {
        var found = programs.findAllBy(PageRequest.of(page.page(), page.size(),
                Sort.by("createdAt").and(Sort.by("_id"))));
        return new ResultPage<>(found.getContent(), page.page(), page.size(), found.getTotalElements());
    }

    /** A level of the default program by code, in any letter case. */
    public MembershipLevel defaultLevel(String code) {
        return defaultProgram().ladder().level(code.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new RecordNotFoundException("membership level", code));
    }

    public ResultPage<MembershipLevel> defaultLevels(PageQuery page) {
        List<MembershipLevel> levels = defaultProgram().getLevels();
        List<MembershipLevel> items = levels.stream().skip(page.offset()).limit(page.size()).toList();
        return new ResultPage<>(items, page.page(), page.size(), levels.size());
    }

    private LoyaltyProgram defaultProgram() {
        return get(LoyaltyProgram.DEFAULT_ID);
    }

    @Override
    public List<MembershipLevelView> all() {
        return defaultProgram().getLevels().stream().map(LoyaltyPrograms::toView).toList();
    }

    @Override
    public Optional<MembershipLevelView> levelFor(long qualifyingPoints) {
        return defaultProgram().ladder().levelFor(qualifyingPoints).map(LoyaltyPrograms::toView);
    }

    static MembershipLevelView toView(MembershipLevel level) {
        return new MembershipLevelView(level.code(), level.name(), level.rank(), level.qualifyingPoints(),
                level.qualifyingSpend(), level.earnMultiplier(), level.priorityService(), level.discountPercent());
    }
}
