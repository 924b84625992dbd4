package dev.crm.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.training.api.OrgTier;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationTreeTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Department HQ = unit("HQ-QC", OrgTier.HQ_QUALITY_COMMITTEE, null);
    private static final Department EAST = unit("EAST-QG", OrgTier.BUSINESS_UNIT_QUALITY_GROUP, "HQ-QC");
    private static final Department TEAM = unit("EAST-T1", OrgTier.FRONTLINE_TEAM, "EAST-QG");
    private final OrganisationTree tree = new OrganisationTree(List.of(HQ, EAST, TEAM));

    @Test
    void unitsKnowTheirAncestorsAndChildren() {
        assertThat(tree.ancestorsOf("EAST-T1")).containsExactly("EAST-QG", "HQ-QC");
        assertThat(tree.childrenOf("HQ-QC")).extracting(Department::code).containsExactly("EAST-QG");
    }

    @Test
    void aUnitSitsWithinItsOwnTierOrAHigherOne() {
        tree.checkPlacement(unit("EAST-T2", OrgTier.FRONTLINE_TEAM, "EAST-QG"));
        tree.checkPlacement(unit("HQ-CS", OrgTier.FRONTLINE_TEAM, "HQ-QC"));

        assertRefused(() -> tree.checkPlacement(unit("WEST-QG", OrgTier.BUSINESS_UNIT_QUALITY_GROUP, "EAST-T1")),
                "tier");
        assertRefused(() -> tree.checkPlacement(unit("LOOSE", OrgTier.FRONTLINE_TEAM, null)), "parentCode");
        assertRefused(() -> tree.checkPlacement(unit("LOST", OrgTier.FRONTLINE_TEAM, "NOWHERE")), "parentCode");
    }

    @Test
    void aUnitCannotMoveBelowItself() {
        Department movedUnderItsTeam = EAST.reshape("East", OrgTier.BUSINESS_UNIT_QUALITY_GROUP, "EAST-T1", "hr",
                NOW);

        assertRefused(() -> tree.checkPlacement(movedUnderItsTeam), "tier");
        Department hqUnderEast = HQ.reshape("HQ", OrgTier.HQ_QUALITY_COMMITTEE, "EAST-QG", "hr", NOW);
        assertRefused(() -> tree.checkPlacement(hqUnderEast), "tier");
        OrganisationTree flat = new OrganisationTree(List.of(HQ, unit("HQ-A", OrgTier.HQ_QUALITY_COMMITTEE, "HQ-QC"),
                unit("HQ-B", OrgTier.HQ_QUALITY_COMMITTEE, "HQ-A")));
        assertRefused(() -> flat.checkPlacement(HQ.reshape("HQ", OrgTier.HQ_QUALITY_COMMITTEE, "HQ-B", "hr", NOW)),
                "parentCode");
    }

    @Test
    void retieringBelowItsSubUnitsIsRefused() {
        OrganisationTree nested = new OrganisationTree(List.of(HQ, EAST,
                unit("EAST-SUB", OrgTier.BUSINESS_UNIT_QUALITY_GROUP, "EAST-QG")));

        assertRefused(() -> nested.checkPlacement(EAST.reshape("East", OrgTier.FRONTLINE_TEAM, "HQ-QC", "hr", NOW)),
                "tier");
        nested.checkPlacement(EAST.reshape("East", OrgTier.BUSINESS_UNIT_QUALITY_GROUP, "HQ-QC", "hr", NOW));
    }

    @Test
    void aUnitIsNotItsOwnParent() {
        assertThatThrownBy(() -> Department.found("HQ-QC", "HQ", OrgTier.HQ_QUALITY_COMMITTEE, "hq-qc", "hr", NOW))
                .isInstanceOf(dev.crm.core.api.InvalidInputException.class);
    }

    private static void assertRefused(Runnable placement, String field) {
        assertThatThrownBy(placement::run).isInstanceOf(BusinessRuleViolationException.class)
                .satisfies(e -> assertThat(((BusinessRuleViolationException) e).violations().get(0).field())
                        .isEqualTo(field));
    }

    private static Department unit(String code, OrgTier tier, String parent) {
        return Department.found(code, code + " unit", tier, parent, "hr", NOW);
    }
}
