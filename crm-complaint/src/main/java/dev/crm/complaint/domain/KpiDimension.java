package dev.crm.complaint.domain;

import dev.crm.complaint.api.Channel;
import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.api.Grade;
import java.util.Arrays;
import java.util.List;

/**
 * What KPIs can be broken down by (DOMAIN.md §1.11: per channel and per department; type, grade and
 * agent too). A complaint's department is that of its current assignment; its agent is its owner,
 * who answers for it from first inquiry to feedback (§1.2).
 */
public enum KpiDimension {
    CHANNEL, DEPARTMENT, TYPE, GRADE, AGENT;

    /** The values every bucket lists, even when nothing happened in them; empty for open-ended ones. */
    public List<String> knownValues() {
        return switch (this) {
            case CHANNEL -> names(Channel.values());
            case TYPE -> names(ComplaintType.values());
            case GRADE -> names(Grade.values());
            case DEPARTMENT, AGENT -> List.of();
        };
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
