package dev.crm.loyalty.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import lombok.Getter;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A loyalty program (DOMAIN.md §3): its currency, its ladder of membership levels with their
 * qualification thresholds and benefits, the downgrade rule, how customers enrol and its earn
 * rules. All of it is data an administrator edits; every revision is checked as a whole.
 */
@Getter
@Document("loyalty_programs")
public class LoyaltyProgram {

    /** The program whose levels the {@code /levels} endpoint and {@code MembershipLevels} speak of. */
    public static final String DEFAULT_ID = "default";

    @Id
    private final String id;
    private String name;
    private String currency;
    private List<MembershipLevel> levels;
    private int qualificationWindowMonths;
    private DowngradeRule downgrade;
    private EnrolmentMode enrolment;
    private List<EarnRule> earnRules;
    private final Instant createdAt;
    private final String createdBy;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private Long version;

    @PersistenceCreator
    LoyaltyProgram(String id, String name, String currency, List<MembershipLevel> levels,
                   int qualificationWindowMonths, DowngradeRule downgrade, EnrolmentMode enrolment,
                   List<EarnRule> earnRules, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
                   Long version) {
        this.id = id;
        this.name = name;
        this.currency = currency;
        this.levels = levels == null ? new ArrayList<>() : new ArrayList<>(levels);
        this.qualificationWindowMonths = qualificationWindowMonths;
        this.downgrade = downgrade;
        this.enrolment = enrolment;
        this.earnRules = earnRules == null ? new ArrayList<>() : new ArrayList<>(earnRules);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.version = version;
    }

    public static LoyaltyProgram define(String id, ProgramTerms terms, String by, Instant at) {
        ProgramTerms checked = terms.checked();
        return new LoyaltyProgram(id, checked.name(), checked.currency(), checked.levels(),
                checked.qualificationWindowMonths(), checked.downgrade(), checked.enrolment(), checked.earnRules(),
                at, by, at, by, null);
    }

    /** Replaces the terms; the caller's version is checked on save (optimistic lock). */
    public void revise(ProgramTerms terms, Long expectedVersion, String by, Instant at) {
        ProgramTerms checked = terms.checked();
        this.name = checked.name();
        this.currency = checked.currency();
        this.levels = new ArrayList<>(checked.levels());
        this.qualificationWindowMonths = checked.qualificationWindowMonths();
        this.downgrade = checked.downgrade();
        this.enrolment = checked.enrolment();
        this.earnRules = new ArrayList<>(checked.earnRules());
        this.updatedAt = at;
        this.updatedBy = by;
        if (expectedVersion != null) {
            this.version = expectedVersion;
        }
    }

    /** Adds one level to the ladder, checking the ladder as a whole. */
    public void addLevel(MembershipLevel level, String by, Instant at) {
        List<MembershipLevel> next = new ArrayList<>(levels);
        next.add(level);
        revise(new ProgramTerms(name, currency, next, qualificationWindowMonths, downgrade, enrolment, earnRules),
                null, by, at);
    }

    public ProgramTerms terms() {
        return new ProgramTerms(name, currency, levels, qualificationWindowMonths, downgrade, enrolment, earnRules);
    }

    public MembershipLadder ladder() {
        return new MembershipLadder(levels);
    }

    public List<MembershipLevel> getLevels() {
        return levels.stream().sorted(Comparator.comparingInt(MembershipLevel::rank)).toList();
    }

    public List<EarnRule> getEarnRules() {
        return List.copyOf(earnRules);
    }

    /**
     * The rule an order earns by: of the PER_CURRENCY_UNIT rules whose filters match, the most
     * specific one (category and channel before either, either before none), then the richest.
     */
    public Optional<EarnRule> orderRuleFor(String productCategory, String channel) {
        return earnRules.stream().filter(rule -> rule.appliesTo(productCategory, channel))
                .max(Comparator.comparingInt(EarnRule::specificity)
                        .thenComparing(EarnRule::pointsPerUnit, Comparator.naturalOrder()));
    }

    public Optional<EarnRule> fixedRule(EarnRuleKind kind) {
        return earnRules.stream().filter(rule -> rule.kind() == kind).findFirst();
    }

    public BigDecimal multiplierOf(String levelCode) {
        return ladder().level(levelCode).map(MembershipLevel::earnMultiplier).orElse(BigDecimal.ONE);
    }

    /** The start of the rolling qualification window that ends at {@code at}. */
    public Instant windowStart(Instant at) {
        return at.atZone(java.time.ZoneOffset.UTC).minusMonths(qualificationWindowMonths).toInstant();
    }
}
