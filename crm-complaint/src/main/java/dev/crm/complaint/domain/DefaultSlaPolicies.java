package dev.crm.complaint.domain;

import static dev.crm.complaint.api.Milestone.ACCEPT;
import static dev.crm.complaint.api.Milestone.ANALYSIS;
import static dev.crm.complaint.api.Milestone.FIRST_RESPONSE;
import static dev.crm.complaint.api.Milestone.REGISTER;
import static dev.crm.complaint.api.Milestone.RESOLUTION;
import static dev.crm.complaint.api.Milestone.SURVEY;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;

import dev.crm.complaint.api.Channel;
import dev.crm.complaint.api.Grade;
import dev.crm.complaint.api.Milestone;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The policies shipped on first start (DOMAIN.md §1.5), in the order they are consulted. The
 * standard scheme is active; the after-sales and complaint-grade schemes ship inactive, ready to
 * be switched on. Administrators change all of it at run time.
 */
public final class DefaultSlaPolicies {

    static final String STANDARD = "standard";
    static final String AFTER_SALES = "after-sales";
    static final String COMPLAINT_GRADES = "complaint-grades";

    private DefaultSlaPolicies() {
    }

    public static List<SlaPolicy> all() {
        return List.of(
                // Overrides first: they set only the milestone they name (003 §1.1, §1.2).
                policy("override-phone", "Phone: first response within 15 minutes", 10, STANDARD,
                        channel(Channel.PHONE), Map.of(FIRST_RESPONSE, ofMinutes(15))),
                policy("override-on-site", "On-site: first response within 24 hours", 11, STANDARD,
                        channel(Channel.ON_SITE), Map.of(FIRST_RESPONSE, ofHours(24))),
                policy("override-email", "E-mail: first response within 24 hours", 12, STANDARD,
                        channel(Channel.EMAIL), Map.of(FIRST_RESPONSE, ofHours(24))),
                policy("override-electronics", "Electronics: first response within 2 hours", 20, STANDARD,
                        category("electronics"), Map.of(FIRST_RESPONSE, ofHours(2))),
                policy("override-consumer-goods", "Consumer goods: first response within 4 hours", 21, STANDARD,
                        category("consumer goods"), Map.of(FIRST_RESPONSE, ofHours(4))),
                policy("override-medical-devices", "Medical devices: first response within 6 hours", 22, STANDARD,
                        category("medical devices"), Map.of(FIRST_RESPONSE, ofHours(6))),
                // The standard grades (000 §5.2).
                policy("standard-level-1", "Standard, Level 1", 30, STANDARD, grade(Grade.LEVEL_1),
                        Map.of(FIRST_RESPONSE, ofHours(24), RESOLUTION, ofHours(48))),
                policy("standard-level-2", "Standard, Level 2", 31, STANDARD, grade(Grade.LEVEL_2),
                        Map.of(FIRST_RESPONSE, ofHours(48), RESOLUTION, ofHours(72))),
                policy("standard-level-3", "Standard, Level 3", 32, STANDARD, grade(Grade.LEVEL_3),
                        Map.of(FIRST_RESPONSE, ofHours(72), RESOLUTION, ofHours(120))),
                // Alternative schemes, inactive until an administrator switches them on.
                inactive(policy("after-sales-level-1", "After-sales, Level 1: initial solution within 1 hour", 40,
                        AFTER_SALES, grade(Grade.LEVEL_1), Map.of(FIRST_RESPONSE, ofHours(1)))),
                inactive(policy("after-sales-level-2", "After-sales, Level 2: internal process within 2 hours", 41,
                        AFTER_SALES, grade(Grade.LEVEL_2), Map.of(FIRST_RESPONSE, ofHours(2)))),
                inactive(policy("after-sales-level-3", "After-sales, Level 3", 42, AFTER_SALES, grade(Grade.LEVEL_3),
                        Map.of(FIRST_RESPONSE, ofHours(4), RESOLUTION, ofHours(24)))),
                inactive(policy("complaint-grade-urgent", "Complaint grades: urgent", 50, COMPLAINT_GRADES,
                        grade(Grade.LEVEL_1), Map.of(RESOLUTION, ofHours(24)))),
                inactive(policy("complaint-grade-general", "Complaint grades: general", 51, COMPLAINT_GRADES,
                        grade(Grade.LEVEL_2), Map.of(RESOLUTION, ofHours(48)))),
                inactive(policy("complaint-grade-important", "Complaint grades: important", 52, COMPLAINT_GRADES,
                        grade(Grade.LEVEL_3), Map.of(RESOLUTION, ofHours(72)))),
                // Always (001 §3.1, §4.2; 003 §3.2). Until assessment sets a grade, first response
                // and resolution follow Level 2, the middle of the standard scheme.
                policy("baseline", "Always: register, accept, analysis, survey; ungraded = Level 2", 90, STANDARD,
                        SlaConditions.ANY, Map.of(REGISTER, ofHours(24), ACCEPT, ofHours(24), ANALYSIS, ofHours(48),
                                SURVEY, ofHours(24), FIRST_RESPONSE, ofHours(48), RESOLUTION, ofHours(72))));
    }

    private static SlaPolicy policy(String id, String name, int position, String scheme, SlaConditions conditions,
                                    Map<Milestone, Duration> targets) {
        return SlaPolicy.of(id, name, position, scheme, conditions, targets);
    }

    private static SlaPolicy inactive(SlaPolicy policy) {
        return policy.withActive(false);
    }

    private static SlaConditions channel(Channel channel) {
        return new SlaConditions(Set.of(), Set.of(), Set.of(), Set.of(channel), Set.of());
    }

    private static SlaConditions category(String category) {
        return new SlaConditions(Set.of(), Set.of(), Set.of(category), Set.of(), Set.of());
    }

    private static SlaConditions grade(Grade grade) {
        return new SlaConditions(Set.of(grade), Set.of(), Set.of(), Set.of(), Set.of());
    }
}
