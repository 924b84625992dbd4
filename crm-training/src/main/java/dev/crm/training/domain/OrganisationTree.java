package dev.crm.training.domain;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.FieldViolation;
import dev.crm.training.api.OrgTier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The organisation as a tree of {@link Department}s, for checking where a unit may sit: the top of
 * a tree is an HQ quality committee; a unit sits within a unit of its own tier or a higher one
 * (a frontline team in a business unit's quality group, a quality group under the committee); a
 * parent exists; and a move never puts a unit below itself.
 */
public final class OrganisationTree {

    private final Map<String, Department> units;

    public OrganisationTree(Collection<Department> units) {
        this.units = units.stream().collect(Collectors.toMap(Department::code, Function.identity()));
    }

    /** @throws BusinessRuleViolationException naming {@code parentCode} or {@code tier} when the place is refused */
    public void checkPlacement(Department unit) {
        if (unit.parentCode() == null) {
            if (unit.tier() != OrgTier.HQ_QUALITY_COMMITTEE) {
                throw refused("Only the HQ quality committee tier stands at the top of the organisation",
                        "parentCode", "is required for a " + unit.tier() + " unit");
            }
        } else {
            Department parent = units.get(unit.parentCode());
            if (parent == null) {
                throw refused("The parent unit does not exist", "parentCode",
                        "no department '" + unit.parentCode() + "'");
            }
            if (!unit.tier().mayBeWithin(parent.tier())) {
                throw refused("A unit sits within its own tier or a higher one", "tier",
                        unit.tier() + " cannot sit within " + parent.tier() + " unit " + parent.code());
            }
            if (ancestorsOf(parent.code()).contains(unit.code()) || parent.code().equals(unit.code())) {
                throw refused("A unit cannot move below itself", "parentCode",
                        unit.code() + " is above " + parent.code());
            }
        }
        for (Department child : childrenOf(unit.code())) {
            if (!child.tier().mayBeWithin(unit.tier())) {
                throw refused("The unit's sub-units would sit above it", "tier",
                        "sub-unit " + child.code() + " is " + child.tier());
            }
        }
    }

    /** The unit's parents, the direct one first. */
    public List<String> ancestorsOf(String code) {
        List<String> ancestors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Department at = units.get(code);
        while (at != null && at.parentCode() != null && seen.add(at.parentCode())) {
            ancestors.add(at.parentCode());
            at = units.get(at.parentCode());
        }
        return ancestors;
    }

    public List<Department> childrenOf(String code) {
        return units.values().stream().filter(d -> code.equals(d.parentCode()))
                .sorted(java.util.Comparator.comparing(Department::code)).toList();
    }

    public Optional<Department> find(String code) {
        return Optional.ofNullable(units.get(code));
    }

    private static BusinessRuleViolationException refused(String message, String field, String detail) {
        return new BusinessRuleViolationException(message, List.of(new FieldViolation(field, detail)));
    }
}
