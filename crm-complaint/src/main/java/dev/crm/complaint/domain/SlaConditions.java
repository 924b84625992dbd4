package dev.crm.complaint.domain;

import dev.crm.complaint.api.Channel;
import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.api.Grade;
import dev.crm.customer.api.ValueTier;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which complaints a policy applies to; an empty set means "any".
 *
 * @param priorityService true: only customers whose loyalty level has priority service; false: only
 *                        those without; null: any
 */
public record SlaConditions(Set<Grade> grades, Set<ComplaintType> types, Set<String> productCategories,
                            Set<Channel> channels, Set<String> customerTiers, Boolean priorityService) {

    public static final SlaConditions ANY = new SlaConditions(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    public SlaConditions(Set<Grade> grades, Set<ComplaintType> types, Set<String> productCategories,
                         Set<Channel> channels, Set<String> customerTiers) {
        this(grades, types, productCategories, channels, customerTiers, null);
    }

    public SlaConditions {
        grades = grades == null ? Set.of() : Set.copyOf(grades);
        types = types == null ? Set.of() : Set.copyOf(types);
        productCategories = normalised(productCategories);
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        customerTiers = normalised(customerTiers);
    }

    public boolean matches(SlaSubject subject) {
        // Immutable sets refuse contains(null): an unknown attribute matches only "any".
        return (grades.isEmpty() || subject.grade() != null && grades.contains(subject.grade()))
                && (types.isEmpty() || subject.type() != null && types.contains(subject.type()))
                && (productCategories.isEmpty() || productCategories.contains(normalise(subject.productCategory())))
                && (channels.isEmpty() || subject.channel() != null && channels.contains(subject.channel()))
                && (customerTiers.isEmpty() || tierNames(subject.customerTier()).stream()
                        .anyMatch(customerTiers::contains))
                && (priorityService == null || priorityService == subject.priorityService());
    }

    /** A tier answers to its letter and to its names in both vocabularies: "A", "high", "core". */
    private static Set<String> tierNames(String tier) {
        if (tier == null) {
            return Set.of();
        }
        for (ValueTier known : ValueTier.values()) {
            if (known.names().contains(normalise(tier))) {
                return known.names();
            }
        }
        return Set.of(normalise(tier));
    }

    private static Set<String> normalised(Set<String> values) {
        return values == null ? Set.of() : values.stream().map(SlaConditions::normalise).collect(Collectors.toSet());
    }

    static String normalise(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}
