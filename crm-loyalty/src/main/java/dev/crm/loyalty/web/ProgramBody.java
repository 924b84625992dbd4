package dev.crm.loyalty.web;

import dev.crm.loyalty.domain.CapPeriod;
import dev.crm.loyalty.domain.DowngradeRule;
import dev.crm.loyalty.domain.EarnCap;
import dev.crm.loyalty.domain.EarnRule;
import dev.crm.loyalty.domain.EarnRuleKind;
import dev.crm.loyalty.domain.EnrolmentMode;
import dev.crm.loyalty.domain.LoyaltyProgram;
import dev.crm.loyalty.domain.MembershipLevel;
import dev.crm.loyalty.domain.ProgramTerms;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A program as the API reads and writes it. The program itself checks every field (naming it, e.g.
 * {@code levels[1].qualifyingPoints}), so this record only carries values; missing numbers arrive as
 * 0 and are refused there.
 */
record ProgramBody(String id, String name, String currency, List<LevelBody> levels,
                   Integer qualificationWindowMonths, DowngradeBody downgrade, EnrolmentMode enrolment,
                   List<RuleBody> earnRules, Instant createdAt, Instant updatedAt, Long version) {

    record LevelBody(String code, String name, Integer rank, Long qualifyingPoints, BigDecimal qualifyingSpend,
                     BigDecimal earnMultiplier, Boolean priorityService, BigDecimal discountPercent) {

        MembershipLevel toLevel() {
            return new MembershipLevel(code, name, rank == null ? 0 : rank, qualifyingPoints, qualifyingSpend,
                    earnMultiplier, Boolean.TRUE.equals(priorityService), discountPercent);
        }

        static LevelBody of(MembershipLevel level) {
            return new LevelBody(level.code(), level.name(), level.rank(), level.qualifyingPoints(),
                    level.qualifyingSpend(), level.earnMultiplier(), level.priorityService(), level.discountPercent());
        }
    }

    record DowngradeBody(Integer graceDays) {
    }

    record CapBody(Long points, CapPeriod period) {
    }

    record RuleBody(String code, EarnRuleKind kind, BigDecimal pointsPerUnit, Set<String> productCategories,
                    Set<String> channels, Long points, Boolean multipliedByLevel, CapBody cap) {

        EarnRule toRule() {
            return new EarnRule(code, kind, pointsPerUnit, productCategories, channels, points,
                    multipliedByLevel == null || multipliedByLevel,
                    cap == null ? null : new EarnCap(cap.points() == null ? 0 : cap.points(), cap.period()));
        }

        static RuleBody of(EarnRule rule) {
            return new RuleBody(rule.code(), rule.kind(), rule.pointsPerUnit(), rule.productCategories(),
                    rule.channels(), rule.points(), rule.multipliedByLevel(),
                    rule.cap() == null ? null : new CapBody(rule.cap().points(), rule.cap().period()));
        }
    }

    ProgramTerms toTerms() {
        return new ProgramTerms(name, currency,
                levels == null ? List.of() : levels.stream().map(l -> l == null ? null : l.toLevel()).toList(),
                qualificationWindowMonths == null ? 12 : qualificationWindowMonths,
                downgrade == null ? new DowngradeRule(0)
                        : new DowngradeRule(downgrade.graceDays() == null ? -1 : downgrade.graceDays()),
                enrolment == null ? EnrolmentMode.EXPLICIT : enrolment,
                earnRules == null ? List.of() : earnRules.stream().map(r -> r == null ? null : r.toRule()).toList());
    }

    static ProgramBody of(LoyaltyProgram program) {
        return new ProgramBody(program.getId(), program.getName(), program.getCurrency(),
                program.getLevels().stream().map(LevelBody::of).toList(), program.getQualificationWindowMonths(),
                new DowngradeBody(program.getDowngrade().graceDays()), program.getEnrolment(),
                program.getEarnRules().stream().map(RuleBody::of).toList(), program.getCreatedAt(),
                program.getUpdatedAt(), program.getVersion());
    }
}
