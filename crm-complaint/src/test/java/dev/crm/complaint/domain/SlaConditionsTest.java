package dev.crm.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SlaConditionsTest {

    private final SlaSubject priorityMember = new SlaSubject(null, null, null, null, null, true);
    private final SlaSubject otherCustomer = new SlaSubject(null, null, null, null, null, false);

    @Test
    void aPriorityServiceConditionMatchesOnlyCustomersWhoseLevelHasIt() {
        SlaConditions priority = new SlaConditions(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), true);

        assertThat(priority.matches(priorityMember)).isTrue();
        assertThat(priority.matches(otherCustomer)).isFalse();
    }

    @Test
    void falseMatchesOnlyCustomersWithoutItAndNoConditionMatchesEveryone() {
        SlaConditions withoutPriority = new SlaConditions(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), false);

        assertThat(withoutPriority.matches(priorityMember)).isFalse();
        assertThat(withoutPriority.matches(otherCustomer)).isTrue();
        assertThat(SlaConditions.ANY.matches(priorityMember)).isTrue();
        assertThat(SlaConditions.ANY.matches(new SlaSubject(null, null, null, null, null))).isTrue();
    }
}
